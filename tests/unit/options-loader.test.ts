import { describe, expect, it } from 'vitest';
import { getContent, getOptions, loadContent, readability } from '@/lib/content';
import { shownOptions } from '@/lib/engine/options';
import { edit, fixture, problemsOf } from './content-fixture';

const FILE = 'options.md';
const problemsWith = (text: string | null) => problemsOf({ [FILE]: text });
const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the real options.md', () => {
  const grid = getOptions();

  it('a copy of the real content folder loads, so each case below fails only for its own change', () => {
    expect(loadContent(fixture({})).options).toEqual(grid);
  });

  it('names the decision and offers both options, plus asking the first doctor more', () => {
    expect(grid.decision).toMatch(/another doctor/);
    expect(grid.decision).toMatch(/diagnosis or plan before you decide on treatment/);
    expect(grid.options.map((o) => [o.id, o.label])).toEqual([
      ['second-opinion', 'Ask for a second opinion'],
      ['go-ahead', 'Go ahead with the current plan'],
      ['ask-first', 'Ask the first doctor more first'],
    ]);
    expect(grid.intro).toMatch(/^<p>/);
  });

  it('asks the questions patients ask, each answered for every option in the options’ order', () => {
    expect(grid.rows.map((row) => row.question)).toEqual(
      expect.arrayContaining([
        'Could it change my diagnosis or plan?',
        'How long does it take, and is it safe to wait?',
        'What does it cost?',
        'Will my doctor mind?',
        'What if the doctors disagree?',
        'How do I arrange it?',
      ]),
    );
    for (const row of grid.rows)
      expect(Object.keys(row.cells), row.id).toEqual(grid.options.map((o) => o.id));
  });

  it('cites known sources in every cell, resolved to citations without their notes', () => {
    const known = new Map(getContent().sources.map((s) => [s.id, s]));
    for (const row of grid.rows)
      for (const [option, cell] of Object.entries(row.cells)) {
        expect(cell.sources.length, `${row.id}/${option}`).toBeGreaterThan(0);
        for (const source of cell.sources) {
          expect(Object.keys(source).sort()).toEqual(['citation', 'id', 'year']);
          expect(source.citation).toBe(known.get(source.id)?.citation);
        }
      }
  });

  // IPDAS: good and bad features in equal detail. Word counts are a rough but honest proxy.
  it('gives every option about the same amount of detail in each row and overall', () => {
    const totals = new Map<string, number>();
    for (const row of grid.rows) {
      const counts = Object.entries(row.cells).map(([id, cell]) => {
        totals.set(id, (totals.get(id) ?? 0) + wordsIn(cell.text));
        return wordsIn(cell.text);
      });
      expect(Math.max(...counts) / Math.min(...counts), row.id).toBeLessThanOrEqual(1.4);
    }
    const overall = [...totals.values()];
    expect(Math.max(...overall) / Math.min(...overall)).toBeLessThanOrEqual(1.15);
  });

  // One sentence naming a medical decision cannot score low on its own, so it is kept short and
  // measured with the rest of the grid it captions.
  it('reads at grade 8 or below, as a whole and for each option’s column', () => {
    expect(wordsIn(grid.decision)).toBeLessThanOrEqual(20);
    const all = [
      grid.decision,
      ...grid.options.map((o) => o.label),
      ...grid.rows.flatMap((row) => [row.question, ...Object.values(row.cells).map((c) => c.text)]),
    ];
    expect(readability(all.join('\n')).grade).toBeLessThanOrEqual(8);
    for (const { id } of grid.options) {
      const column = grid.rows.map((row) => row.cells[id]?.text ?? '').join('\n');
      expect(readability(column).grade, id).toBeLessThanOrEqual(8);
    }
  });

  it('gives figures only as "about N out of 100", each in a cell citing a study', () => {
    const studies = new Set(['meyer-2015', 'van-such-2017', 'payne-2014', 'ruetters-2016']);
    for (const row of grid.rows)
      for (const [option, cell] of Object.entries(row.cells)) {
        expect(cell.text, `${row.id}/${option}`).not.toMatch(/%|percent/i);
        const figures = cell.text.match(/\d+/g) ?? [];
        if (figures.length === 0) continue;
        expect(cell.text).toMatch(/about \d+ out of 100/);
        expect(cell.text.replace(/about \d+ out of 100/g, '')).not.toMatch(/\d/);
        expect(
          cell.sources.some((s) => studies.has(s.id)),
          `${row.id}/${option}`,
        ).toBe(true);
        // A "change" in these studies is what the reviewing doctor suggested, not a proven better outcome.
        expect(cell.text).toMatch(/did not check|not show/);
      }
  });
});

describe('shownOptions', () => {
  const grid = getOptions();
  const ids = (answers: Record<string, string>, perspective: 'self' | 'child' | 'other' = 'self') =>
    shownOptions(grid, { perspective, answers }).map((o) => o.id);

  it('always shows both options, and by default only those', () => {
    expect(ids({})).toEqual(['second-opinion', 'go-ahead']);
    expect(ids({ 'unsure-about-plan': 'no', 'doctor-uncertain': 'no', 'unclear-diagnosis': 'no' })).toEqual([
      'second-opinion',
      'go-ahead',
    ]);
    expect(ids({ 'trust-concerns': 'yes', 'serious-diagnosis': 'yes' }, 'child')).toEqual([
      'second-opinion',
      'go-ahead',
    ]);
  });

  it.each([
    ['unsure-about-plan', 'yes'],
    ['unsure-about-plan', 'not-sure'],
    ['doctor-uncertain', 'yes'],
    ['doctor-uncertain', 'not-sure'],
    ['unclear-diagnosis', 'yes'],
    ['unclear-diagnosis', 'not-sure'],
  ])('adds asking the first doctor more when %s is %s, for every perspective', (id, value) => {
    for (const perspective of ['self', 'child', 'other'] as const)
      expect(ids({ [id]: value }, perspective)).toEqual(['second-opinion', 'go-ahead', 'ask-first']);
  });
});

describe('loadContent rejects a malformed options.md, naming the file and the field', () => {
  const cases: [string, string | null, { field: string; message: RegExp }][] = [
    [
      'an unknown source id in a cell',
      edit(FILE, 'sources: [meyer-2015]\n', 'sources: [meyer-2015, made-up]\n'),
      { field: 'rows[0].cells.second-opinion.sources[1]', message: /unknown source id "made-up"/ },
    ],
    [
      'a cell without sources',
      edit(FILE, 'sources: [meyer-2015]\n', 'sources: []\n'),
      { field: 'rows[0].cells.second-opinion.sources', message: /at least one source/ },
    ],
    [
      'a row missing the cell for an option',
      edit(FILE, /\n {6}go-ahead:\n {8}text: No\. You keep[^\n]*\n[^\n]*/, ''),
      { field: 'rows[0].cells', message: /has no cell for option "go-ahead"/ },
    ],
    [
      'a cell for an option that does not exist',
      edit(
        FILE,
        '      ask-first:\n        text: It might make',
        '      ask-later:\n        text: It might make',
      ),
      { field: 'rows[0].cells.ask-later', message: /is not an option/ },
    ],
    [
      'an option condition on an unknown question',
      edit(FILE, '- unsure-about-plan:', '- unsure-about-it:'),
      { field: 'options[2].when[0].unsure-about-it', message: /unknown question id "unsure-about-it"/ },
    ],
    [
      'an option condition with an answer the question does not offer',
      edit(FILE, "doctor-uncertain: ['yes', not-sure]", "doctor-uncertain: ['yes', maybe]"),
      { field: 'options[2].when[1].doctor-uncertain', message: /"maybe" is not an answer/ },
    ],
    [
      'an option listed twice',
      edit(FILE, '  - id: ask-first\n', '  - id: go-ahead\n'),
      { field: 'options[2].id', message: /"go-ahead" is listed twice/ },
    ],
    [
      'only one option that always shows',
      edit(
        FILE,
        '    label: Go ahead with the current plan\n',
        '    label: Go ahead with the current plan\n    when:\n      perspective: [self]\n',
      ),
      { field: 'options', message: /at least two options shown always/ },
    ],
    [
      'an unknown field',
      edit(FILE, 'title: Your options side by side\n', 'title: Your options side by side\nverdict: go\n'),
      { field: 'verdict', message: /is not a known field/ },
    ],
    ['options.md deleted', null, { field: 'file', message: /is missing/ }],
  ];

  it.each(cases)('%s', (_, text, expected) => {
    expect(problemsWith(text)).toContainEqual({
      file: FILE,
      field: expected.field,
      message: expect.stringMatching(expected.message),
    });
  });

  it('names the file and field in the error message too', () => {
    const root = fixture({ [FILE]: edit(FILE, 'sources: [meyer-2015]\n', 'sources: [made-up]\n') });
    expect(() => loadContent(root)).toThrow(
      /options\.md: rows\[0\]\.cells\.second-opinion\.sources\[0\]: unknown source id "made-up"/,
    );
  });
});
