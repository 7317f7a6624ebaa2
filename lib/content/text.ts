import { proseOf } from './readability';

/**
 * Frontmatter keys whose strings readers see as sentences. Titles, labels and citations are names,
 * not prose: counting them as sentences would flatter the grade.
 */
export const PROSE_FIELDS: ReadonlySet<string> = new Set([
  'description',
  'supports',
  'kind',
  'hint',
  'notSure',
  'summary',
  'text',
  'help',
  'childNote',
  'question',
  'why',
  'whenReason',
  'steps',
  'row',
  'limitNote',
  'talkItThrough',
  'weighingNote',
  'says',
  'meaning',
]);

/** One piece of reader-facing text and the source ids that back it. */
export interface TextSection {
  /** Where it is: `frontmatter items[2].why` or `## Heading` (`body` before the first heading). */
  label: string;
  text: string;
  sources: string[];
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The ids an object cites itself, as a `sources` list or, for a figure, one `source`. */
function ownSources(value: Record<string, unknown>): string[] | undefined {
  if (isIdList(value.sources)) return value.sources;
  if (typeof value.source === 'string') return [value.source];
  return undefined;
}

/** Every prose string in the frontmatter, each with its path and the sources of the nearest item that cites any. */
export function frontmatterSections(data: unknown): TextSection[] {
  const sections: TextSection[] = [];
  const walk = (value: unknown, at: string, sources: string[], prose: boolean) => {
    if (typeof value === 'string') {
      if (prose) sections.push({ label: `frontmatter ${at}`, text: value, sources });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${at}[${i}]`, sources, prose));
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const cited = ownSources(record) ?? sources;
      for (const [key, child] of Object.entries(record))
        walk(child, at ? `${at}.${key}` : key, cited, prose || PROSE_FIELDS.has(key));
    }
  };
  walk(data, '', [], false);
  return sections;
}

/** The prose of a Markdown body, one section per `##` heading; every section carries the file's sources. */
export function bodySections(body: string, sources: string[]): TextSection[] {
  const parts = body.split(/^(?=## )/m);
  return parts.flatMap((part) => {
    const heading = /^## (.+)$/m.exec(part.startsWith('## ') ? part : '')?.[1]?.trim();
    const text = proseOf(part);
    return text.trim() === '' ? [] : [{ label: heading ? `## ${heading}` : 'body', text, sources }];
  });
}

/** Everything a reader sees in a content file, frontmatter first, as sections. */
export function contentSections(data: unknown, body: string): TextSection[] {
  const fileSources =
    data && typeof data === 'object' ? (ownSources(data as Record<string, unknown>) ?? []) : [];
  return [...frontmatterSections(data), ...bodySections(body, fileSources)];
}

/** The text of a content file for a readability score: each frontmatter string and body block on its own line. */
export function contentText(data: unknown, body: string): string {
  return contentSections(data, body)
    .map((section) => section.text)
    .join('\n');
}

// "43%", "14.8 percent", "12 out of 100", and both ends of "12% to 69%" or "10 to 62 out of 100".
const FIGURE = /(\d+(?:\.\d+)?)(?:\s*%)?(?:\s*(?:to|–|-)\s*(\d+(?:\.\d+)?))?\s*(?:%|percent\b|out of\b)/gi;

export interface FigureMention {
  /** The words as written, e.g. "12% to 69%". */
  figure: string;
  numbers: string[];
}

/** The figures written in a text: a number followed by `%`, "percent" or "out of". */
export function figuresIn(text: string): FigureMention[] {
  return [...text.matchAll(FIGURE)].map((match) => ({
    figure: match[0].trim(),
    numbers: [match[1], match[2]].filter((n): n is string => n !== undefined),
  }));
}

export interface UnsourcedFigure {
  section: string;
  figure: string;
  number: string;
}

/**
 * Figures in a section that none of the section's sources backs: a source backs a number when its
 * `supports` text contains that number.
 */
export function unsourcedFigures(
  sections: TextSection[],
  supportsById: ReadonlyMap<string, string>,
): UnsourcedFigure[] {
  return sections.flatMap((section) => {
    const known = new Set(
      section.sources.flatMap((id) => supportsById.get(id)?.match(/\d+(?:\.\d+)?/g) ?? []),
    );
    return figuresIn(section.text).flatMap(({ figure, numbers }) =>
      numbers
        .filter((number) => !known.has(number))
        .map((number) => ({ section: section.label, figure, number })),
    );
  });
}
