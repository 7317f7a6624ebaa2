import { describe, expect, it } from 'vitest';
import { CERTAINTY, OPINION_FIELDS, PLAN_TYPES, TIMING, WHO_FIELDS } from '@/lib/compare/state';
import { getContent, loadContent } from '@/lib/content';
import { fixture, problemsOf, real } from './content-fixture';

const REAL = real('compare.md');

/** compare.md with each piece of text replaced in turn; fails loudly if a piece is not there, so a case cannot go stale. */
function edit(...changes: [string | RegExp, string][]): string {
  return changes.reduce((text, [from, to]) => {
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`compare.md does not contain ${String(from)}`);
    return changed;
  }, REAL);
}

/** A copy of the real content folder with compare.md written over, or removed when null. */
const fixtureWith = (compare?: string | null) =>
  fixture(compare === undefined ? {} : { 'compare.md': compare });
const problemsWith = (compare: string | null) => problemsOf({ 'compare.md': compare });

describe('the real compare.md', () => {
  const { compare, questionTopics } = getContent();

  it('a copy of the real content folder loads, so each case below fails only for its own change', () => {
    expect(loadContent(fixtureWith()).compare).toEqual(compare);
  });

  it('lists the fields in exactly the order the comparison stores them, each with a label', () => {
    expect(compare.fields.map((f) => f.id)).toEqual([...WHO_FIELDS, ...OPINION_FIELDS]);
    // Spelled out on purpose: share links and stored comparisons depend on this order, so changing
    // OPINION_FIELDS must also change this test.
    expect(compare.fields.map((f) => f.id)).toEqual([
      'name',
      'specialty',
      'clinic',
      'date',
      'diagnosis',
      'certainty',
      'plan',
      'planType',
      'start',
      'timing',
      'results',
      'risks',
      'recovery',
      'visits',
      'cost',
      'notes',
    ]);
    for (const field of compare.fields) expect(field.label.length, field.id).toBeGreaterThan(1);
  });

  it('gives every opinion field a row question, and every bank question exists', () => {
    const bank = new Set(questionTopics.flatMap((t) => t.questions.map((q) => q.id)));
    for (const field of compare.fields) {
      if ((OPINION_FIELDS as readonly string[]).includes(field.id))
        expect(field.row, field.id).toMatch(/\?$/);
      if (field.bankQuestion) expect(bank.has(field.bankQuestion), field.bankQuestion).toBe(true);
    }
    expect(compare.fields.some((f) => f.bankQuestion)).toBe(true);
  });

  it('labels every plan type and every certainty, and nothing else', () => {
    expect(Object.keys(compare.options.planType ?? {}).sort()).toEqual([...PLAN_TYPES].sort());
    expect(Object.keys(compare.options.certainty ?? {}).sort()).toEqual([...CERTAINTY].sort());
    for (const value of PLAN_TYPES) expect(compare.options.planType?.[value], value).toMatch(/\w/);
    for (const value of CERTAINTY) expect(compare.options.certainty?.[value], value).toMatch(/\w/);
    expect(Object.keys(compare.options.timing ?? {}).sort()).toEqual([...TIMING].sort());
    for (const value of TIMING) expect(compare.options.timing?.[value], value).toMatch(/\w/);
  });

  it('has the three outcomes, each with steps and resolved sources', () => {
    expect(Object.keys(compare.outcomes).sort()).toEqual(['adjustment', 'confirmation', 'disagreement']);
    const known = new Set(getContent().sources.map((s) => s.id));
    for (const [id, outcome] of Object.entries(compare.outcomes)) {
      expect(outcome.title.length, id).toBeGreaterThan(2);
      expect(outcome.steps.length, id).toBeGreaterThanOrEqual(2);
      expect(outcome.sources.length, id).toBeGreaterThanOrEqual(1);
      for (const source of outcome.sources) {
        expect(known.has(source.id)).toBe(true);
        expect(source.citation.length).toBeGreaterThan(0);
      }
    }
  });

  it('has at least three factors to weigh, each id used once, and renders the intro', () => {
    const ids = compare.factors.map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(compare.intro).toMatch(/^<p>/);
  });
});

describe('loadContent rejects a malformed compare.md, naming the file and the field', () => {
  const cases: [string, string | null, { field: string; message: RegExp }][] = [
    [
      'a field missing',
      edit([/\n {2}- id: visits\n {4}label: Visits and travel\n {4}row: How many visits, and how far\?/, '']),
      { field: 'fields', message: /must list exactly name, specialty, .*, notes, in that order/ },
    ],
    [
      'two fields out of order',
      edit(
        [
          '- id: risks\n    label: Risks and side effects',
          '- id: RECOVERY-SWAP\n    label: Risks and side effects',
        ],
        ['- id: recovery\n    label: Recovery time', '- id: risks\n    label: Recovery time'],
        ['- id: RECOVERY-SWAP', '- id: recovery'],
      ),
      { field: 'fields', message: /in that order/ },
    ],
    [
      'an unknown field id',
      edit(['- id: cost\n', '- id: price\n']),
      { field: 'fields', message: /must list exactly/ },
    ],
    [
      'an unknown bankQuestion id',
      edit(['bankQuestion: how-sure', 'bankQuestion: how-certain']),
      { field: 'fields[5].bankQuestion', message: /unknown question id "how-certain"/ },
    ],
    [
      'a plan type without a label',
      edit(['    watch-and-wait: Watch and wait\n', '']),
      { field: 'options.planType', message: /must label exactly surgery, medicine, .*watch-and-wait, other/ },
    ],
    [
      'a plan type label that is not a plan type',
      edit(['    other: Something else\n', '    other: Something else\n    magic: Magic\n']),
      { field: 'options.planType', message: /must label exactly/ },
    ],
    [
      'a certainty without a label',
      edit(['    did-not-say: "Didn\'t say"\n', '']),
      {
        field: 'options.certainty',
        message: /must label exactly very-sure, fairly-sure, unsure, did-not-say/,
      },
    ],
    [
      'no option labels for plan types at all',
      edit([/\n {2}planType:\n( {4}.*\n){6}/, '\n']),
      { field: 'options.planType', message: /must label exactly/ },
    ],
    [
      'an unknown source in an outcome',
      edit([
        'sources: [seed-fresh-look, seed-when-how, ruetters-2016]',
        'sources: [seed-fresh-look, made-up]',
      ]),
      { field: 'outcomes.confirmation.sources[1]', message: /unknown source id "made-up"/ },
    ],
    [
      'an outcome without sources',
      edit(['sources: [seed-fresh-look, seed-when-how, meyer-2015]', 'sources: []']),
      { field: 'outcomes.adjustment.sources', message: /at least one source/ },
    ],
    [
      'an opinion field without row',
      edit(['    row: How many visits, and how far?\n', '']),
      { field: 'fields[13].row', message: /is required/ },
    ],
    [
      'an outcome missing',
      edit([/\n {2}disagreement:\n[\s\S]*?van-such-2017\]/, '']),
      { field: 'outcomes.disagreement', message: /./ },
    ],
    ['compare.md deleted', null, { field: 'file', message: /is missing/ }],
  ];

  it.each(cases)('%s', (_, compare, expected) => {
    expect(problemsWith(compare)).toContainEqual({
      file: 'compare.md',
      field: expected.field,
      message: expect.stringMatching(expected.message),
    });
  });

  // A repeated factor would be weighed twice and give two radio groups with the same name.
  it('a factor id used twice is rejected', () => {
    expect(problemsWith(edit(['- id: travel', '- id: cost']))).toContainEqual({
      file: 'compare.md',
      field: expect.stringMatching(/^factors/),
      message: expect.stringMatching(/cost/),
    });
  });

  it('names the file and field in the error message too', () => {
    const root = fixtureWith(edit(['bankQuestion: how-sure', 'bankQuestion: how-certain']));
    expect(() => loadContent(root)).toThrow(/compare\.md: fields\[5\]\.bankQuestion: unknown question id/);
    expect(() => loadContent(fixtureWith(null))).toThrow(/compare\.md: file: is missing/);
  });

  it('reports every problem in compare.md at once', () => {
    const problems = problemsWith(
      edit(
        ['bankQuestion: how-sure', 'bankQuestion: how-certain'],
        ['    row: How many visits, and how far?\n', ''],
        ['sources: [seed-fresh-look, seed-when-how, ruetters-2016]', 'sources: [made-up]'],
      ),
    );
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual(
      expect.arrayContaining([
        'compare.md: fields[5].bankQuestion',
        'compare.md: fields[13].row',
        'compare.md: outcomes.confirmation.sources[0]',
      ]),
    );
  });
});
