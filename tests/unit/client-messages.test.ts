import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const PAGES = path.join(ROOT, 'components', 'pages');

/** A module's own components and hooks it imports (not lib/, not packages, not types). */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)(?! type)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
  specs.push(...[...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!));
  return specs.flatMap((spec) => {
    const base = spec.startsWith('@/')
      ? path.join(ROOT, spec.slice(2))
      : spec.startsWith('.')
        ? path.resolve(path.dirname(file), spec)
        : null;
    if (!base || base.includes(`${path.sep}lib${path.sep}`)) return [];
    const found = ['.tsx', '.ts'].map((ext) => base + ext).find((candidate) => fs.existsSync(candidate));
    return found ? [found] : [];
  });
}

/** Every client module a page renders, with the message namespaces each asks for. */
function clientNamespaces(page: string): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    if (seen.has(`${file}:${client}`)) return;
    seen.add(`${file}:${client}`);
    const text = fs.readFileSync(file, 'utf8');
    const isClient = client || /^'use client';/m.test(text.slice(0, 40));
    if (isClient)
      for (const [, ns] of text.matchAll(/useTranslations(?:<[^>]*>)?\(\s*'([a-zA-Z]+)/g))
        used.set(ns!, [...(used.get(ns!) ?? []), path.relative(ROOT, file)]);
    imports(file).forEach((next) => visit(next, isClient));
  };
  visit(page, false);
  return used;
}

const pages = fs
  .readdirSync(PAGES)
  .filter((name) => name.endsWith('-page.tsx'))
  .map((name) => path.join(PAGES, name));

describe('each page gives its client components the messages they use', () => {
  it.each(pages.map((page) => [path.basename(page), page]))('%s', (_name, page) => {
    const text = fs.readFileSync(page, 'utf8');
    const listed = new Set(
      [...text.matchAll(/namespaces=\{\[([^\]]*)\]\}|NAMESPACES[^=]*=\s*\[([^\]]*)\]/g)].flatMap((m) =>
        [...(m[1] ?? m[2] ?? '').matchAll(/'(\w+)'/g)].map((n) => n[1]!),
      ),
    );
    const missing = [...clientNamespaces(page)].filter(([ns]) => !listed.has(ns));
    expect(missing.map(([ns, files]) => `${ns} (used by ${files.join(', ')})`)).toEqual([]);
  });
});
