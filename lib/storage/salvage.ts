/** Any zod schema (full or mini): the part of it salvage reads. */
export interface Schema<T = unknown> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error?: { issues: Issue[] } };
}
interface Issue {
  code: string;
  path: PropertyKey[];
}
interface Def {
  type: string;
  shape?: Record<string, Schema & Internal>;
  element?: Schema & Internal;
  keyType?: Schema;
  valueType?: Schema & Internal;
}
interface Internal {
  _zod: { def: Def; optin?: string };
}

export type DroppedPath = (string | number)[];
export interface Salvaged<T> {
  value: T;
  /** Where something was left out: an invalid value, an unknown field, an entry past a limit. */
  dropped: DroppedPath[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the only fault left is having too few entries, which adding more could still mend. */
const onlyTooSmall = (result: ReturnType<Schema['safeParse']>) =>
  !result.success && (result.error?.issues ?? []).every((i) => i.code === 'too_small' && i.path.length === 0);

/** Sets an own property, so a key such as "__proto__" stays plain data. */
const put = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

type Outcome = { keep: true; value: unknown } | { keep: false };

/**
 * Walks `value` along `schema` and keeps every part that is valid: an object keeps its valid fields
 * (a required field that is not valid takes its value from `fallback`), a list keeps its valid entries
 * in order up to its limits, a record keeps its valid entries. Whatever is left out is listed.
 */
function walk(
  schema: Schema & Internal,
  value: unknown,
  fallback: unknown,
  path: DroppedPath,
  dropped: DroppedPath[],
): Outcome {
  const whole = schema.safeParse(value);
  if (whole.success) return { keep: true, value: whole.data };
  const def = schema._zod.def;

  if (def.type === 'object' && def.shape && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) if (!Object.hasOwn(def.shape, key)) dropped.push([...path, key]);
    for (const [key, field] of Object.entries(def.shape)) {
      const optional = field._zod.optin === 'optional';
      if (value[key] === undefined && optional) continue;
      const backup = isPlainObject(fallback) ? fallback[key] : undefined;
      const mark = dropped.length;
      const inner = walk(field, value[key], backup, [...path, key], dropped);
      if (inner.keep) put(out, key, inner.value);
      else {
        dropped.length = mark;
        if (value[key] !== undefined) dropped.push([...path, key]);
        if (optional) continue;
        if (backup === undefined) return { keep: false };
        put(out, key, backup);
      }
    }
    const checked = schema.safeParse(out);
    return checked.success ? { keep: true, value: checked.data } : { keep: false };
  }

  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((entry, index) => {
      const mark = dropped.length;
      const inner = walk(def.element!, entry, undefined, [...path, index], dropped);
      // Entries are added one at a time so a limit or a rule across entries (no repeats) drops the later ones.
      const next = inner.keep ? [...out, inner.value] : null;
      const fits = next && (schema.safeParse(next).success || onlyTooSmall(schema.safeParse(next)));
      if (next && fits) out.push(next.at(-1));
      else {
        dropped.length = mark;
        dropped.push([...path, index]);
      }
    });
    const checked = schema.safeParse(out);
    return checked.success ? { keep: true, value: checked.data } : { keep: false };
  }

  if (def.type === 'record' && def.keyType && def.valueType && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      const mark = dropped.length;
      const inner = def.keyType.safeParse(key).success
        ? walk(def.valueType, entry, undefined, [...path, key], dropped)
        : { keep: false as const };
      if (inner.keep) put(out, key, inner.value);
      else {
        dropped.length = mark;
        dropped.push([...path, key]);
      }
    }
    const checked = schema.safeParse(out);
    return checked.success ? { keep: true, value: checked.data } : { keep: false };
  }

  return { keep: false };
}

/** The valid parts of `value`, or null when not even its outline (an object of the right kind) is there. */
export function salvage<T>(schema: Schema<T>, value: unknown, fallback: T): Salvaged<T> | null {
  const dropped: DroppedPath[] = [];
  const outcome = walk(schema as Schema & Internal, value, fallback, [], dropped);
  return outcome.keep ? { value: outcome.value as T, dropped } : null;
}
