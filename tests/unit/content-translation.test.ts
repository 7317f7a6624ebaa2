import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { outline } from '@/lib/content/markdown';
import { overlayWording, type TranslationProblem } from '@/lib/content/translation';
import { englishContentFiles } from './content-fixture';

const CONTENT = path.join(process.cwd(), 'content');
const LOCALES = ['es'];

// Translators may check only their own files: ES_FILES=content/es/triggers npx vitest run tests/unit/content-translation.test.ts
const only = process.env.ES_FILES;
const english = englishContentFiles()
  .map((file) => path.relative(CONTENT, file))
  .sort()
  .filter((rel) => !only || path.join('content', 'es', rel).startsWith(only));

describe.each(LOCALES)('the %s translation', (locale) => {
  it.each(english)(`content/${locale}/%s has the English file's words and nothing else`, (rel) => {
    const twin = path.join(CONTENT, locale, rel);
    expect(fs.existsSync(twin), `content/${locale}/${rel} is missing`).toBe(true);
    const en = matter(fs.readFileSync(path.join(CONTENT, rel), 'utf8'), {});
    const tr = matter(fs.readFileSync(twin, 'utf8'), {});
    const problems: TranslationProblem[] = [];
    overlayWording(en.data, tr.data, problems);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([]);
    expect(tr.content.trim(), 'the body is empty').not.toBe('');
    expect(outline(tr.content).headings, 'headings differ in number or level from the English').toEqual(
      outline(en.content).headings,
    );
  });
});

describe('overlayWording', () => {
  const en = {
    id: 'records',
    title: 'Get your records',
    order: 2,
    question: { self: 'Do you?', child: 'Does your child?' },
    answers: [
      { value: 'yes', weight: 3 },
      { value: 'other', label: 'Something else', weight: 0 },
    ],
    sources: ['hipaa-access'],
  };
  const run = (tr: unknown) => {
    const problems: TranslationProblem[] = [];
    const merged = overlayWording(en, tr, problems);
    return { merged, problems: problems.map((p) => `${p.field}: ${p.message}`) };
  };
  const es = {
    id: 'records',
    title: 'Pida su expediente',
    question: { self: '¿Usted?', child: '¿Su hijo?' },
    answers: [{}, { label: 'Otra cosa' }],
  };

  it('keeps policy from English and words from the translation', () => {
    const { merged, problems } = run(es);
    expect(problems).toEqual([]);
    expect(merged).toEqual({
      ...en,
      title: 'Pida su expediente',
      question: { self: '¿Usted?', child: '¿Su hijo?' },
      answers: [
        { value: 'yes', weight: 3 },
        { value: 'other', label: 'Otra cosa', weight: 0 },
      ],
    });
  });

  it('names each field that is missing, extra, policy, drifted or of another length', () => {
    const { problems } = run({
      id: 'record',
      question: { self: '¿Usted?', child: '', other: '¿Otra?' },
      answers: [{ label: 'Otra cosa' }],
      sources: ['x'],
    });
    expect(problems).toEqual([
      'id: must be "records", as in the English file',
      'title: is missing',
      'question.child: must be translated text',
      'question.other: is not a field of the English file',
      'answers: must be a list of 2, in the English order',
      'sources: is policy: keep it only in the English file',
    ]);
  });
});
