import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import type { ChecklistItem } from '@/lib/content/lists';
import { PERSPECTIVES, type Worded } from '@/lib/engine';
import { LOCALES } from '@/lib/i18n/locales';
import { edit, problemsOf } from './content-fixture';

const threeVersions = (text: Worded | undefined) => {
  expect(text && Object.keys(text).sort()).toEqual([...PERSPECTIVES].sort());
  for (const p of PERSPECTIVES) expect(text![p].trim().length).toBeGreaterThan(0);
};

const item = (locale: (typeof LOCALES)[number], listId: string, itemId: string): ChecklistItem => {
  const found = getContent(locale)
    .checklists.find((list) => list.id === listId)
    ?.items.find((entry) => entry.id === itemId);
  if (!found) throw new Error(`no item ${listId}/${itemId} in ${locale}`);
  return found;
};

describe.each(LOCALES)('checklists and cautions worded for self, child and other (%s)', (locale) => {
  const { checklists, rules } = getContent(locale);

  it('loads every checklist description, item, reason and "shown because" in three versions', () => {
    for (const list of checklists) {
      threeVersions(list.description);
      for (const entry of list.items) {
        threeVersions(entry.text);
        if (entry.why) threeVersions(entry.why);
        if (entry.whenReason) threeVersions(entry.whenReason);
      }
    }
  });

  it('loads every caution and next step in three versions', () => {
    for (const caution of rules.cautions) {
      threeVersions(caution.title);
      threeVersions(caution.text);
    }
    for (const step of rules.nextSteps) {
      threeVersions(step.label);
      threeVersions(step.description);
    }
  });
});

describe('the words name whose care it is', () => {
  it('the medicines item reads "you take", "your child takes" and "the person you care for takes"', () => {
    const { text } = item('en', 'records', 'medicines');
    expect(text.self).toMatch(/every medicine you take/);
    expect(text.child).toMatch(/every medicine your child takes/);
    expect(text.other).toMatch(/every medicine the person you care for takes/);
  });

  it('in Spanish: "usted toma", "su hijo o hija" and "la persona que usted cuida"', () => {
    const { text } = item('es', 'records', 'medicines');
    expect(text.self).toMatch(/que usted toma/);
    expect(text.child).toMatch(/toma su hijo o hija/);
    expect(text.other).toMatch(/toma la persona que usted cuida/);
  });

  it.each(LOCALES)('no child or other version of an item says "you take" or "usted toma" (%s)', (locale) => {
    for (const list of getContent(locale).checklists)
      for (const entry of list.items)
        for (const p of ['child', 'other'] as const)
          expect(entry.text[p], `${list.id}/${entry.id}`).not.toMatch(/\byou take\b|usted toma/);
  });

  it('the cost caution for a child points to the child’s plan or Medicaid and never to Medicare', () => {
    for (const locale of LOCALES) {
      const cost = getContent(locale).rules.cautions.find((c) => c.id === 'cost')!;
      expect(cost.text.child).not.toMatch(/Medicare/);
      expect(cost.text.child).toMatch(/Medicaid/);
      expect(cost.text.self).toMatch(/Medicare/);
    }
    const en = getContent('en').rules.cautions.find((c) => c.id === 'cost')!;
    expect(en.text.child).toMatch(/^Call your child's health plan or Medicaid plan\./);
    expect(en.text.other).toMatch(/^Call the health plan of the person you care for\./);
    // For someone else Medicare comes with an "if", never as if it were theirs already.
    expect(en.text.other).toMatch(/If they have Medicare/);
  });

  it('the Medicare checklist item is kept from a child’s list by its condition', () => {
    const medicare = item('en', 'insurance-and-cost', 'medicare');
    expect(medicare.when).toEqual([
      { 'surgery-recommended': ['yes', 'not-sure'], perspective: ['self', 'other'] },
    ]);
  });
});

describe('a three-version item is checked like one string, naming the file and the field', () => {
  it('a child version that is too long', () => {
    const problems = problemsOf({
      'checklists/records.md': edit(
        'checklists/records.md',
        'child: A list of every medicine your child takes, with the dose and how often',
        `child: ${'A list of every medicine your child takes '.repeat(5)}`,
      ),
    });
    expect(problems).toContainEqual({
      file: 'records.md',
      field: expect.stringMatching(/^items\[\d+\]\.text\.child$/),
      message: expect.stringMatching(/<=160 characters/),
    });
  });

  it('a three-version item with one version missing', () => {
    const problems = problemsOf({
      'checklists/records.md': edit(
        'checklists/records.md',
        /\n {6}other: A list of every medicine the person you care for takes[^\n]*/,
        '',
      ),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'records.md', field: expect.stringMatching(/^items\[\d+\]\.text/) }),
    );
  });

  it('a Spanish item that gives one string where the English gives three', () => {
    const problems = problemsOf(
      {
        'es/checklists/records.md': edit(
          'es/checklists/records.md',
          /text:\n {6}self: Una lista de todas las medicinas[^\n]*\n[^\n]*\n[^\n]*/,
          'text: Una lista de todas las medicinas, con la dosis y cada cuánto',
        ),
      },
      'es',
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'records.md', field: expect.stringMatching(/^items\[\d+\]\.text/) }),
    );
  });
});
