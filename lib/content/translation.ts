/**
 * A translation holds words only. Policy (ids, weights, conditions, routes, sources, dates, figures)
 * lives once, in the English file; the translated file mirrors the English frontmatter with every
 * wording string in its own language and nothing else, and the two are merged before validation.
 */

/** Keys whose values are policy, the same in every language. A translation must leave them out. */
export const POLICY_KEYS: ReadonlySet<string> = new Set([
  'id',
  'value',
  'weight',
  'category',
  'order',
  'perspectives',
  'askWhen',
  'when',
  'timeSensitiveWhen',
  'href',
  'sources',
  'source',
  'article',
  'reviewed',
  'url',
  'year',
  'count',
  'range',
  'minScore',
  'bankQuestion',
  // A published reference keeps the language it was published in.
  'citation',
]);

export interface TranslationProblem {
  field: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

// sources.md lists whole entries under `sources`: a list of records is content, not a list of ids.
const isPolicy = (key: string, value: unknown) =>
  POLICY_KEYS.has(key) && !(key === 'sources' && Array.isArray(value) && value.some(isRecord));

/** Whether a value holds any words a translation must give. */
export function hasWording(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some(hasWording);
  if (isRecord(value))
    return Object.entries(value).some(([key, child]) => !isPolicy(key, child) && hasWording(child));
  return false;
}

const join = (at: string, key: string | number) =>
  typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${key}` : key;

/**
 * The English frontmatter with each wording string replaced by the translation's. Every difference in
 * shape is a problem naming the field: a missing or extra key, a policy key, a changed id, a list of
 * another length.
 */
export function overlayWording(
  english: unknown,
  translated: unknown,
  problems: TranslationProblem[],
  at = '',
): unknown {
  const add = (field: string, message: string) => problems.push({ field: field || 'frontmatter', message });
  if (typeof english === 'string') {
    if (typeof translated === 'string' && translated.trim() !== '') return translated;
    add(at, 'must be translated text');
    return english;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(translated) || translated.length !== english.length) {
      add(at, `must be a list of ${english.length}, in the English order`);
      return english;
    }
    return english.map((item, i) => overlayWording(item, translated[i], problems, join(at, i)));
  }
  if (!isRecord(english)) return english;
  // An item with no words of its own is written as {} so the list keeps its length.
  const words: Record<string, unknown> = isRecord(translated) ? translated : {};
  if (!isRecord(translated) && translated != null) add(at, 'must be a set of fields like the English');
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(english)) {
    const field = join(at, key);
    if (key === 'id' && hasWording(english)) {
      if (words.id !== value) add(field, `must be "${String(value)}", as in the English file`);
      merged.id = value;
    } else if (isPolicy(key, value) || !hasWording(value)) {
      if (key in words) add(field, 'is policy: keep it only in the English file');
      merged[key] = value;
    } else if (!(key in words)) {
      add(field, 'is missing');
      merged[key] = value;
    } else merged[key] = overlayWording(value, words[key], problems, field);
  }
  for (const key of Object.keys(words))
    if (!(key in english)) add(join(at, key), 'is not a field of the English file');
  return merged;
}
