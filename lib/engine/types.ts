export const PERSPECTIVES = ['self', 'child', 'other'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const LEVELS = ['urgent', 'strongly-consider', 'consider', 'optional'] as const;
export type Level = (typeof LEVELS)[number];

export interface Citation {
  id: string;
  citation: string;
  year: number | null;
}

/** Every key must match one of its values; keys are trigger ids or `perspective`. */
export type Condition = Record<string, string[]>;

export interface AnswerOption {
  value: string;
  label: string;
  weight: number;
}

export interface TriggerRule {
  id: string;
  title: string;
  category: string;
  order: number;
  perspectives: Perspective[];
  /** Asked only when one of these matches the answers so far; absent means always asked. */
  askWhen?: Condition[];
  question: Record<Perspective, string>;
  hint: Record<Perspective, string>;
  answers: AnswerOption[];
  sources: Citation[];
  /** Sanitised HTML: why this reason matters. */
  explanation: string;
  childNote?: string;
  /** The reason's title after a "not sure" answer, per perspective ("You were not sure whether…"). */
  notSure?: Record<Perspective, string>;
}

export interface LevelText {
  label: string;
  summary: string;
}

/** A caution as written, worded for each perspective where it names the person. */
export interface CautionRule {
  id: string;
  when: Condition[];
  title: Worded;
  text: Worded;
  sources: Citation[];
}

/** A caution as the result shows it, in the words for this perspective. */
export interface Caution {
  id: string;
  title: string;
  text: string;
  sources: Citation[];
}

export interface NextStepRule {
  id: string;
  when?: Condition[];
  label: Worded;
  href: string;
  description: Worded;
}

export interface NextStep {
  id: string;
  label: string;
  href: string;
  description: string;
}

/** One thing to do first, worded for each perspective; `href` is an article, a tool or a part of the result. */
export interface FirstStepRule {
  id: string;
  when?: Condition[];
  text: Record<Perspective, string>;
  href: string;
  linkLabel: string;
}

export interface FirstStep {
  id: string;
  text: string;
  href: string;
  linkLabel: string;
}

export interface SureItem {
  id: string;
  question: string;
  help: string;
}

export interface RuleSet {
  /** Sorted by `order`, the order the wizard asks them in. */
  triggers: TriggerRule[];
  levels: Record<'urgent', LevelText> & Record<Exclude<Level, 'urgent'>, LevelText & { minScore: number }>;
  timeSensitiveWhen: Condition[];
  cautions: CautionRule[];
  nextSteps: NextStepRule[];
  firstSteps: FirstStepRule[];
  sure: SureItem[];
}

export interface Reason {
  triggerId: string;
  /** What the person said: the trigger's title for "yes", its `notSure` wording for "not sure". */
  title: string;
  category: string;
  answer: string;
  answerLabel: string;
  contribution: number;
  explanation: string;
  childNote?: string;
  sources: Citation[];
}

export interface Assessment {
  perspective: Perspective;
  level: Level;
  levelText: LevelText;
  score: number;
  reasons: Reason[];
  cautions: Caution[];
  timeSensitive: boolean;
  /** What to do first, in order, fitted to the answers (empty for an emergency). */
  firstSteps: FirstStep[];
  nextSteps: NextStep[];
}

/** Words in three versions, for whose care it is. */
export type Worded = Record<Perspective, string>;

/** The version for this perspective; before anyone has said whose care it is, the person's own. */
export const forPerspective = (text: Worded, perspective: Perspective | null | undefined): string =>
  text[perspective ?? 'self'];
