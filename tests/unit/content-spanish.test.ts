import { describe, expect, it } from 'vitest';
import { assess, EMERGENCY_ID } from '@/lib/engine';
import { loadContent } from '@/lib/content';
import { edit, fixture, problemsOf, real } from './content-fixture';

const TRIGGER = 'es/triggers/surgery-recommended.md';

describe('the Spanish content', () => {
  const en = loadContent(undefined, 'en');
  const es = loadContent(undefined, 'es');

  it('has the same policy as the English: ids, order, weights, conditions and sources', () => {
    const policy = (rules: typeof en.rules) =>
      rules.triggers.map(({ id, order, perspectives, askWhen, answers, sources }) => ({
        id,
        order,
        perspectives,
        askWhen,
        answers: answers.map(({ value, weight }) => ({ value, weight })),
        sources: sources.map((source) => source.id),
      }));
    expect(policy(es.rules)).toEqual(policy(en.rules));
    expect(es.rules.cautions.map((c) => [c.id, c.when])).toEqual(
      en.rules.cautions.map((c) => [c.id, c.when]),
    );
    expect(es.checklists.map((l) => l.items.map((i) => [i.id, i.when]))).toEqual(
      en.checklists.map((l) => l.items.map((i) => [i.id, i.when])),
    );
    expect(es.articles.map((a) => a.slug)).toEqual(en.articles.map((a) => a.slug));
  });

  it('gives the same result in both languages, worded in Spanish', () => {
    const answers = { [EMERGENCY_ID]: 'no', 'surgery-recommended': 'yes', 'unsure-about-plan': 'not-sure' };
    const inEnglish = assess({ perspective: 'child', answers }, en.rules);
    const inSpanish = assess({ perspective: 'child', answers }, es.rules);
    expect({
      ...inSpanish,
      levelText: null,
      reasons: null,
      cautions: null,
      firstSteps: null,
      nextSteps: null,
    }).toEqual({
      ...inEnglish,
      levelText: null,
      reasons: null,
      cautions: null,
      firstSteps: null,
      nextSteps: null,
    });
    expect(inSpanish.reasons.map((r) => [r.triggerId, r.contribution])).toEqual(
      inEnglish.reasons.map((r) => [r.triggerId, r.contribution]),
    );
    expect(inSpanish.reasons[0]!.answerLabel).toBe('Sí');
    expect(inSpanish.firstSteps.map((s) => s.href)).toEqual(inEnglish.firstSteps.map((s) => s.href));
    expect(inSpanish.firstSteps[0]!.text).toMatch(/su hijo|hija/);
  });

  it('links Spanish pages to Spanish pages and keeps the English anchors', () => {
    const article = es.articles.find((a) => a.slug === 'what-is-a-second-opinion')!;
    expect(article.html).toContain('href="/es/learn/glossary#');
    expect(article.html).not.toMatch(/href="\/learn\//);
    const english = en.articles.find((a) => a.slug === 'what-is-a-second-opinion')!;
    const ids = (html: string) => [...html.matchAll(/<h[2-6] id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(article.html)).toEqual(ids(english.html));
  });
});

describe('a Spanish file that drifts from the English fails the build, naming the file and the field', () => {
  it('a missing translation file', () => {
    expect(problemsOf({ [TRIGGER]: null }, 'es')).toContainEqual({
      file: 'surgery-recommended.md',
      field: 'file',
      message: expect.stringContaining('is missing'),
    });
  });

  it('a missing key, an unknown key, a policy key and a changed id', () => {
    const text = real(TRIGGER)
      .replace(/^title:.*\n/m, '')
      .replace(/^id: surgery-recommended$/m, 'id: surgery\nsubtitle: Extra\nweight: 3');
    const problems = problemsOf({ [TRIGGER]: text }, 'es');
    const fields = problems
      .filter((p) => p.file === 'surgery-recommended.md')
      .map((p) => [p.field, p.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['id', 'must be "surgery-recommended", as in the English file'],
        ['title', 'is missing'],
        ['subtitle', 'is not a field of the English file'],
        ['weight', 'is not a field of the English file'],
      ]),
    );
  });

  it('a policy key copied into the translation', () => {
    const text = edit(
      TRIGGER,
      /^id: surgery-recommended$/m,
      'id: surgery-recommended\nsources: [meyer-2015]',
    );
    expect(problemsOf({ [TRIGGER]: text }, 'es')).toContainEqual({
      file: 'surgery-recommended.md',
      field: 'sources',
      message: 'is policy: keep it only in the English file',
    });
  });

  it('headings that differ from the English', () => {
    const name = 'es/articles/what-is-a-second-opinion.md';
    const text = edit(name, /^## /m, '### ');
    expect(problemsOf({ [name]: text }, 'es')).toContainEqual(
      expect.objectContaining({ file: 'what-is-a-second-opinion.md', field: 'body' }),
    );
  });

  it('a translation with no English twin', () => {
    expect(problemsOf({ 'es/articles/stray.md': real('es/articles/glossary.md') }, 'es')).toContainEqual({
      file: 'stray.md',
      field: 'file',
      message: expect.stringContaining('has no English twin'),
    });
  });

  it('English pages build without the translations', () => {
    expect(() => loadContent(fixture({ [TRIGGER]: null }), 'en')).not.toThrow();
  });
});
