import type { Page } from '@playwright/test';

/** One opinion's part of /compare, by its heading ("Opinion 1", or "Opinion 1: Dr Rivera" once named). */
export const opinionRegion = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^Opinion ${n}\\b`) });

/** What a person types and chooses for one doctor; choices by their English labels. */
export interface OpinionEntry {
  name?: string;
  diagnosis?: string;
  certainty?: string;
  plan?: string;
  planType?: string;
  timing?: string;
  risks?: string;
}

const TEXT_FIELDS = [
  ['name', "Doctor's name (optional)"],
  ['diagnosis', 'The diagnosis'],
  ['plan', 'The plan they suggest'],
  ['risks', 'Risks and side effects'],
] as const;

/** Opens /compare and fills each opinion in turn, as a person would: boxes by label, choices by name. */
export async function fillOpinions(page: Page, ...entries: OpinionEntry[]) {
  await page.goto('/compare');
  for (const [i, entry] of entries.entries()) {
    const region = opinionRegion(page, i + 1);
    for (const [key, label] of TEXT_FIELDS) {
      const text = entry[key];
      if (text) await region.getByLabel(label).fill(text);
    }
    for (const choice of [entry.certainty, entry.planType, entry.timing])
      if (choice) await region.getByRole('radio', { name: choice, exact: true }).check();
  }
}

/** Two surgeons on a torn meniscus: the same diagnosis, different plans (surgery, then physio first). */
export const TWO_SURGEONS: OpinionEntry[] = [
  { name: 'Dr Rivera', diagnosis: 'Torn meniscus', planType: 'Surgery', plan: 'Keyhole surgery next month' },
  { diagnosis: 'Torn meniscus', planType: 'Therapy or rehabilitation', plan: 'Six weeks of physio first' },
];

/** On /compare/weigh: how much each thing matters to the person ("A lot", "Quite a lot"…). */
export async function setImportance(page: Page, levels: Record<string, string>) {
  for (const [what, level] of Object.entries(levels))
    await page.getByRole('group', { name: what }).getByLabel(level, { exact: true }).check();
}

/** On /compare/weigh: the person's ratings of one opinion, "1" to "5", by what is rated. */
export async function rateOpinion(page: Page, n: number, ratings: Record<string, string>) {
  const opinion = page.getByRole('group', { name: new RegExp(`^Opinion ${n}\\b`) });
  for (const [what, rating] of Object.entries(ratings)) await opinion.getByLabel(what).selectOption(rating);
}
