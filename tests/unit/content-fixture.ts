import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { ContentError, loadContent } from '@/lib/content';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

const CONTENT = path.join(process.cwd(), 'content');

/** Every English content file (translations and interface messages live in their own folders). */
export function englishContentFiles(dir: string = CONTENT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return dir === CONTENT && [...LOCALES, 'messages'].includes(entry.name)
        ? []
        : englishContentFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

/** A real content file's text. */
export const real = (name: string) => fs.readFileSync(path.join(CONTENT, name), 'utf8');

/** The real file with one piece of text replaced; fails loudly if the text is not there, so a case cannot go stale. */
export function edit(name: string, from: string | RegExp, to: string): string {
  const text = real(name);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${name} does not contain ${String(from)}`);
  return changed;
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of the real content folder with some files written over, or removed when null. */
export function fixture(files: Record<string, string | null>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  dirs.push(root);
  fs.cpSync(CONTENT, root, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    if (text === null) fs.rmSync(file);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  return root;
}

/** The problems loadContent reports for such a copy in one language, with file names shortened to their base name. */
export function problemsOf(files: Record<string, string | null>, locale: Locale = 'en') {
  const root = fixture(files);
  try {
    loadContent(root, locale);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => ({ ...p, file: path.basename(p.file) }));
  }
  throw new Error('expected the content to be rejected');
}
