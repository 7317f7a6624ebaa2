import {
  CHOICE_FIELDS,
  type ChoiceField,
  type CompareState,
  type Mark,
  type Opinion,
  OPINION_FIELDS,
  type OpinionField,
} from './state';

/** What the marks are read from: the opinions and the person's own marks. */
export type Marked = Pick<CompareState, 'opinions' | 'marks'>;

export type Outcome = 'confirmation' | 'adjustment' | 'disagreement';

/**
 * Names what the opinions add up to, from the marks on the diagnosis and plan rows:
 * a different diagnosis is a disagreement; the same diagnosis and plan, a confirmation;
 * anything between (a refined diagnosis, or a different plan), an adjustment.
 */
export function classifyOutcome(marks: { diagnosis?: Mark | null; plan?: Mark | null }): Outcome | null {
  const { diagnosis = null, plan = null } = marks;
  if (diagnosis === 'no') return 'disagreement';
  if (diagnosis === null || plan === null) return null;
  return diagnosis === 'yes' && plan === 'yes' ? 'confirmation' : 'adjustment';
}

/**
 * Why the app suggests a mark. It only suggests where it can be sure: fixed choices that are the
 * same (`same-choice`) or not (`different-choice`), and a row where some doctors' answers are noted
 * and others are not (`only-some-noted`). Two typed answers are never compared: the same diagnosis
 * can be worded in many ways, and only the person knows what each doctor meant.
 */
export type SuggestionReason = 'same-choice' | 'different-choice' | 'only-some-noted';
export interface Suggestion {
  mark: Mark;
  reason: SuggestionReason;
}

export type RowMark =
  /** Nothing noted for any doctor: there is nothing to mark. */
  | { open: false }
  | {
      open: true;
      /** How many of the doctors' answers are noted (at least one). */
      noted: number;
      suggestion: Suggestion | null;
      /** The person's own mark, else the suggestion they left, else null. */
      mark: Mark | null;
      /** True when the mark is the person's own choice, not a suggestion. */
      own: boolean;
    };

const isChoice = (field: OpinionField): field is ChoiceField =>
  (CHOICE_FIELDS as readonly string[]).includes(field);

/** What counts as an answer in a cell: typed text, or a fixed choice other than "did not say". */
function given(field: OpinionField, opinion: Opinion): string | null {
  const value = opinion[field].trim();
  if (value === '' || (isChoice(field) && value === 'did-not-say')) return null;
  return value;
}

/** The mark the app can defend for one row, with its reason; null where only the person can judge. */
export function suggestMark(field: OpinionField, opinions: readonly Opinion[]): Suggestion | null {
  const answers = opinions.map((o) => given(field, o)).filter((v): v is string => v !== null);
  if (answers.length === 0) return null;
  if (isChoice(field) && answers.length >= 2 && new Set(answers).size > 1)
    return { mark: 'no', reason: 'different-choice' };
  // One doctor answered and another did not: what each said differs, even if they might agree.
  if (answers.length < opinions.length) return { mark: 'no', reason: 'only-some-noted' };
  if (isChoice(field)) return { mark: 'yes', reason: 'same-choice' };
  return null;
}

/** One row's mark: whether there is anything to mark, the suggestion, and what counts (own mark first). */
export function rowMark(state: Marked, field: OpinionField): RowMark {
  const noted = state.opinions.filter((o) => given(field, o) !== null).length;
  if (noted === 0) return { open: false };
  const suggestion = suggestMark(field, state.opinions);
  const own = state.marks[field];
  return { open: true, noted, suggestion, mark: own ?? suggestion?.mark ?? null, own: own !== undefined };
}

export function rowMarks(state: Marked): Record<OpinionField, RowMark> {
  return Object.fromEntries(OPINION_FIELDS.map((field) => [field, rowMark(state, field)])) as Record<
    OpinionField,
    RowMark
  >;
}

export interface MarksSummary {
  /** Rows with anything noted: the ones the person can mark. */
  rows: number;
  marked: number;
  yes: number;
  partly: number;
  no: number;
  /** Of the marked rows, those still showing the guide's suggestion rather than the person's own mark. */
  suggested: number;
  unmarked: number;
}

/** Counts what the person marked (their own marks and the suggestions they left) over the rows with something noted. */
export function summarizeMarks(state: Marked): MarksSummary {
  const summary: MarksSummary = { rows: 0, marked: 0, yes: 0, partly: 0, no: 0, suggested: 0, unmarked: 0 };
  for (const row of Object.values(rowMarks(state))) {
    if (!row.open) continue;
    summary.rows += 1;
    if (row.mark === null) summary.unmarked += 1;
    else {
      summary.marked += 1;
      if (!row.own) summary.suggested += 1;
      summary[row.mark === 'yes' ? 'yes' : row.mark === 'partly' ? 'partly' : 'no'] += 1;
    }
  }
  return summary;
}

/**
 * A row counts towards the outcome once two doctors' answers are noted, or once the person marked it
 * themselves (they may know what a doctor said without having typed it). One doctor's answer alone
 * says nothing about agreement, so its "only one noted" suggestion must not read as a disagreement.
 */
const countsForOutcome = (row: RowMark): row is Extract<RowMark, { open: true }> =>
  row.open && (row.own || row.noted >= 2);

const OUTCOME_ROWS = ['diagnosis', 'plan'] as const;

/** The outcome from the marks on the diagnosis and plan rows, suggestions the person left included. */
export function outcomeOf(state: Marked): Outcome | null {
  const [diagnosis, plan] = OUTCOME_ROWS.map((field) => {
    const row = rowMark(state, field);
    return countsForOutcome(row) ? row.mark : null;
  });
  return classifyOutcome({ diagnosis, plan });
}

/**
 * What the outcome still waits for: two doctors' answers on the diagnosis and plan rows (`two-noted`),
 * or the person's marks on them (`marks`); null once there is an outcome.
 */
export function outcomeWaitsFor(state: Marked): 'two-noted' | 'marks' | null {
  if (outcomeOf(state) !== null) return null;
  return OUTCOME_ROWS.every((field) => countsForOutcome(rowMark(state, field))) ? 'marks' : 'two-noted';
}
