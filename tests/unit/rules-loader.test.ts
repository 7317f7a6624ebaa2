import { describe, expect, it } from 'vitest';
import { getContent, loadContent } from '@/lib/content';
import { REQUIRED_TRIGGER_IDS } from '@/lib/engine';
import { edit, fixture, problemsOf } from './content-fixture';

describe('the real rule set', () => {
  it('a copy of the real content folder loads, so each case below fails only for its own change', () => {
    const loaded = loadContent(fixture({}));
    expect(loaded.rules).toEqual(getContent().rules);
  });

  it('defines every contract trigger, sorted by the order they are asked in', () => {
    const { triggers } = getContent().rules;
    expect(triggers.map((t) => t.id)).toEqual(expect.arrayContaining([...REQUIRED_TRIGGER_IDS]));
    const orders = triggers.map((t) => t.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const t of triggers) {
      expect(t.sources.length).toBeGreaterThan(0);
      expect(t.explanation.trim()).not.toBe('');
    }
  });

  it('gives each trigger id to one trigger only', () => {
    const ids = getContent().rules.triggers.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('loadContent rejects malformed triggers and rules, naming the file and the field', () => {
  const cases: [string, Record<string, string | null>, { file: string; field: string; message: RegExp }][] = [
    [
      'askWhen naming an unknown question',
      {
        'triggers/cancer-diagnosis.md': edit(
          'triggers/cancer-diagnosis.md',
          /askWhen: .*/,
          "askWhen: { serious-illness: ['yes'] }",
        ),
      },
      {
        file: 'cancer-diagnosis.md',
        field: 'askWhen.serious-illness',
        message: /unknown question id "serious-illness"/,
      },
    ],
    [
      'askWhen naming a later question',
      {
        'triggers/cancer-diagnosis.md': edit(
          'triggers/cancer-diagnosis.md',
          /askWhen: .*/,
          "askWhen: { peace-of-mind: ['yes'] }",
        ),
      },
      { file: 'cancer-diagnosis.md', field: 'askWhen.peace-of-mind', message: /asked earlier/ },
    ],
    [
      'askWhen naming the question itself',
      {
        'triggers/cancer-diagnosis.md': edit(
          'triggers/cancer-diagnosis.md',
          /askWhen: .*/,
          "askWhen: { cancer-diagnosis: ['yes'] }",
        ),
      },
      { file: 'cancer-diagnosis.md', field: 'askWhen.cancer-diagnosis', message: /asked earlier/ },
    ],
    [
      'askWhen with a value the question does not offer',
      {
        'triggers/cancer-diagnosis.md': edit(
          'triggers/cancer-diagnosis.md',
          /askWhen: .*/,
          'askWhen: { serious-diagnosis: [maybe] }',
        ),
      },
      {
        file: 'cancer-diagnosis.md',
        field: 'askWhen.serious-diagnosis',
        message: /"maybe" is not an answer/,
      },
    ],
    [
      'askWhen with a perspective that does not exist',
      {
        'triggers/cancer-diagnosis.md': edit(
          'triggers/cancer-diagnosis.md',
          /askWhen: .*/,
          'askWhen: { perspective: [parent] }',
        ),
      },
      { file: 'cancer-diagnosis.md', field: 'askWhen.perspective', message: /"parent" is not an answer/ },
    ],
    [
      'weights that do not rise from no to not-sure to yes',
      {
        'triggers/serious-diagnosis.md': edit(
          'triggers/serious-diagnosis.md',
          /value: not-sure\n(\s+)weight: \d+/,
          'value: not-sure\n$1weight: 30',
        ),
      },
      { file: 'serious-diagnosis.md', field: 'answers', message: /weights must rise/ },
    ],
    [
      '"no" weighing more than "not-sure"',
      {
        'triggers/peace-of-mind.md': edit(
          'triggers/peace-of-mind.md',
          /value: 'no'\n(\s+)weight: \d+/,
          "value: 'no'\n$1weight: 5",
        ),
      },
      { file: 'peace-of-mind.md', field: 'answers', message: /weights must rise/ },
    ],
    [
      'a contract trigger file deleted',
      { 'triggers/peace-of-mind.md': null },
      { file: 'peace-of-mind.md', field: 'file', message: /missing.*"peace-of-mind".*contract/ },
    ],
    [
      'a contract trigger with wrong answer values',
      { 'triggers/peace-of-mind.md': edit('triggers/peace-of-mind.md', 'value: not-sure', 'value: maybe') },
      { file: 'peace-of-mind.md', field: 'answers', message: /must offer exactly yes, no, not-sure/ },
    ],
    [
      'a contract trigger with an extra answer',
      {
        'triggers/peace-of-mind.md': edit(
          'triggers/peace-of-mind.md',
          /answers:\n/,
          'answers:\n  - value: maybe\n    weight: 0\n',
        ),
      },
      { file: 'peace-of-mind.md', field: 'answers', message: /must offer exactly yes, no, not-sure/ },
    ],
    [
      'opinions-so-far without "three-or-more"',
      {
        'triggers/opinions-so-far.md': edit(
          'triggers/opinions-so-far.md',
          'value: three-or-more',
          'value: three',
        ),
      },
      { file: 'opinions-so-far.md', field: 'answers', message: /must offer exactly one, two, three-or-more/ },
    ],
    [
      'an id that does not match the file name',
      {
        'triggers/several-options.md': edit(
          'triggers/several-options.md',
          'id: several-options',
          'id: many-options',
        ),
      },
      { file: 'several-options.md', field: 'id', message: /must match the file name \("several-options"\)/ },
    ],
    [
      'two triggers with the same order',
      { 'triggers/several-options.md': edit('triggers/several-options.md', /^order: \d+$/m, 'order: 90') },
      { file: 'several-options.md', field: 'order', message: /90 is also used by .*major-treatment\.md/ },
    ],
    [
      'an unknown category',
      {
        'triggers/several-options.md': edit(
          'triggers/several-options.md',
          /^category: .*$/m,
          'category: money',
        ),
      },
      { file: 'several-options.md', field: 'category', message: /./ },
    ],
    [
      'an unknown source on a trigger',
      {
        'triggers/several-options.md': edit(
          'triggers/several-options.md',
          /^sources: \[/m,
          'sources: [made-up, ',
        ),
      },
      { file: 'several-options.md', field: 'sources[0]', message: /unknown source id "made-up"/ },
    ],
    [
      'a question missing for one perspective',
      { 'triggers/several-options.md': edit('triggers/several-options.md', /^ {2}child: .*\n/m, '') },
      { file: 'several-options.md', field: 'question.child', message: /./ },
    ],
    [
      'a scored not-sure answer without notSure wording',
      {
        'triggers/surgery-recommended.md': edit(
          'triggers/surgery-recommended.md',
          /^notSure:\n(?: {2}.*\n){3}/m,
          '',
        ),
      },
      {
        file: 'surgery-recommended.md',
        field: 'notSure',
        message: /required when the not-sure answer scores/,
      },
    ],
    [
      'notSure wording missing for one perspective',
      {
        'triggers/surgery-recommended.md': edit(
          'triggers/surgery-recommended.md',
          /^ {2}other: You were not sure.*\n/m,
          '',
        ),
      },
      { file: 'surgery-recommended.md', field: 'notSure.other', message: /./ },
    ],
    [
      'an unknown source in a caution',
      { 'rules.md': edit('rules.md', 'sources: [seed-patient-better]', 'sources: [made-up-source]') },
      { file: 'rules.md', field: 'cautions[0].sources[0]', message: /unknown source id "made-up-source"/ },
    ],
    [
      'a caution whose condition names an unknown question',
      {
        'rules.md': edit(
          'rules.md',
          /when:\n(\s+)emergency-symptoms: \[not-sure\]/,
          'when:\n$1emergency: [not-sure]',
        ),
      },
      { file: 'rules.md', field: 'cautions[0].when.emergency', message: /unknown question id "emergency"/ },
    ],
    [
      'timeSensitiveWhen with a value the question does not offer',
      {
        'rules.md': edit(
          'rules.md',
          /timeSensitiveWhen:\n.*\n/,
          "timeSensitiveWhen:\n  time-sensitive: ['soon']\n",
        ),
      },
      { file: 'rules.md', field: 'timeSensitiveWhen.time-sensitive', message: /"soon" is not an answer/ },
    ],
    [
      'a first step linking to a missing article',
      {
        'rules.md': edit(
          'rules.md',
          'href: /learn/getting-your-medical-records',
          'href: /learn/no-such-article',
        ),
      },
      {
        file: 'rules.md',
        field: 'firstSteps[4].href',
        message: /unknown article "\/learn\/no-such-article"/,
      },
    ],
    [
      'a first step linking outside the guide',
      {
        'rules.md': edit(
          'rules.md',
          'href: /learn/getting-your-medical-records',
          'href: https://example.com/',
        ),
      },
      { file: 'rules.md', field: 'firstSteps[4].href', message: /path inside the guide/ },
    ],
    [
      'levels.optional.summary without the word "right"',
      {
        'rules.md': edit(
          'rules.md',
          /(optional:\n(?:.*\n)*?\s+summary: ).*/,
          '$1Few of the common reasons apply. You can still ask for a second opinion at any time.',
        ),
      },
      { file: 'rules.md', field: 'levels.optional.summary', message: /right/ },
    ],
    [
      'levels whose thresholds do not fall',
      { 'rules.md': edit('rules.md', /minScore: 35/, 'minScore: 10') },
      { file: 'rules.md', field: 'levels', message: /minScore must fall/ },
    ],
    ['rules.md missing', { 'rules.md': null }, { file: 'rules.md', field: 'file', message: /missing/ }],
  ];

  it.each(cases)('%s', (_name, files, expected) => {
    expect(problemsOf(files)).toContainEqual({
      file: expected.file,
      field: expected.field,
      message: expect.stringMatching(expected.message),
    });
  });

  it('the error message names the file path and the field', () => {
    const root = fixture({
      'triggers/cancer-diagnosis.md': edit(
        'triggers/cancer-diagnosis.md',
        /askWhen: .*/,
        "askWhen: { nope: ['yes'] }",
      ),
    });
    expect(() => loadContent(root)).toThrow(
      /triggers\/cancer-diagnosis\.md: askWhen\.nope: unknown question id "nope"/,
    );
  });

  it('reports problems in several files at once', () => {
    const problems = problemsOf({
      'triggers/peace-of-mind.md': null,
      'rules.md': edit(
        'rules.md',
        'href: /learn/getting-your-medical-records',
        'href: /learn/no-such-article',
      ),
    });
    expect(problems.map((p) => p.file)).toEqual(expect.arrayContaining(['peace-of-mind.md', 'rules.md']));
  });
});

describe('notSure wording is needed only when "not sure" scores', () => {
  it('a trigger whose not-sure answer weighs 0 loads without notSure', () => {
    const text = edit('triggers/surgery-recommended.md', /^notSure:\n(?: {2}.*\n){3}/m, '').replace(
      /value: not-sure\n(\s+)weight: \d+/,
      'value: not-sure\n$1weight: 0',
    );
    const loaded = loadContent(fixture({ 'triggers/surgery-recommended.md': text }));
    const surgery = loaded.rules.triggers.find((t) => t.id === 'surgery-recommended');
    expect(surgery?.notSure).toBeUndefined();
  });

  it('without it, a scored not-sure answer fails the load with the file path and the field', () => {
    const root = fixture({
      'triggers/surgery-recommended.md': edit(
        'triggers/surgery-recommended.md',
        /^notSure:\n(?: {2}.*\n){3}/m,
        '',
      ),
    });
    expect(() => loadContent(root)).toThrow(/triggers\/surgery-recommended\.md: notSure: is required/);
  });

  it('the real notSure wording reaches the rule set for every perspective', () => {
    const surgery = getContent().rules.triggers.find((t) => t.id === 'surgery-recommended');
    expect(surgery?.notSure).toEqual({
      self: expect.stringMatching(/^You were not sure whether .*for you\.$/),
      child: expect.stringMatching(/^You were not sure whether .*for your child\.$/),
      other: expect.stringMatching(/^You were not sure whether .*for the person you care for\.$/),
    });
  });
});

describe('loadContent rejects a trigger id used twice', () => {
  // triggers/ is read recursively, so a copy in a subfolder with another order must still be caught.
  it('a second several-options.md in triggers/drafts/ is reported as a duplicate id', () => {
    const copy = edit('triggers/several-options.md', /^order: \d+$/m, 'order: 96');
    const problems = problemsOf({ 'triggers/drafts/several-options.md': copy });
    expect(problems).toContainEqual({
      file: 'several-options.md',
      field: 'id',
      message: expect.stringMatching(/"several-options" is also used by/),
    });
  });
});
