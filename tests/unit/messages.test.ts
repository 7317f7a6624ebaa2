import compile from 'icu-minify/compile';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES, NAMESPACES } from '@/lib/i18n/messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, at = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = at ? `${at}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments and tags a message uses: a translation must use the same ones. */
function slots(message: string): string[] {
  // `{name}` or `{name, plural, …}`; words inside a plural's branches are not arguments.
  const args = [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<([A-Za-z_]\w*)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

// Words that are the same in both languages: names, numbers and a few short words.
const SAME_IN_SPANISH = new Set(['No', 'Email', 'PDF', 'SVG', 'PNG', 'QR', 'Medicare', 'Medicaid', 'OK']);

const english = new Map(NAMESPACES.map((ns) => [ns, flatten(MESSAGES.en[ns] as Tree)]));

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s messages', (locale) => {
  it.each([...NAMESPACES])(
    '%s has exactly the English keys, each translated, with the same arguments',
    (ns) => {
      const ours = english.get(ns)!;
      const theirs = flatten(MESSAGES[locale][ns] as Tree);
      expect(
        [...theirs.keys()].filter((key) => !ours.has(key)),
        'keys English does not have',
      ).toEqual([]);
      expect(
        [...ours.keys()].filter((key) => !theirs.has(key)),
        'keys missing',
      ).toEqual([]);
      for (const [key, message] of ours) {
        const translated = theirs.get(key)!;
        expect(slots(translated), `${ns}.${key}: arguments and tags`).toEqual(slots(message));
        if (!SAME_IN_SPANISH.has(message) && /[a-z]{3}/i.test(message))
          expect(translated, `${ns}.${key} is still English`).not.toBe(message);
      }
    },
  );
});

describe.each([...LOCALES])('the %s messages as ICU', (locale) => {
  it.each([...NAMESPACES])('%s compiles', (ns) => {
    for (const [key, message] of flatten(MESSAGES[locale][ns] as Tree))
      expect(() => compile(message), `${locale}/${ns}.${key}`).not.toThrow();
  });
});
