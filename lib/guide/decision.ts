import type { Perspective } from '../engine/types';
import {
  type GuideDecision,
  type Matter,
  MATTERS,
  type Others,
  OTHERS,
  type Pressure,
  PRESSURE,
  type Role,
  ROLES,
} from './state';

/*
 * The optional steps on what matters, who else is part of the decision, pressure and how to
 * decide (the Ottawa Personal Decision Guide's "values and support" steps), with their wording.
 * The words live here as typed constants, not in content/: each option is keyed by the stored ids
 * in ./state, so a missing or misspelt wording fails the type check, and the summary below is built
 * from the same ids. tests/unit/guide-decision.test.ts holds them to the plain-language grade.
 * None of this is advice about a medical fact, so none of it needs a source.
 */

export const DECISION_STEPS = ['matters', 'others', 'pressure', 'role'] as const;
export type DecisionStep = (typeof DECISION_STEPS)[number];

type Worded<T> = Record<Perspective, T>;
type Labels<Id extends string> = Record<Id, string>;

interface StepWords<Id extends string> {
  /** True for "pick any" (checkboxes); otherwise one answer (radios). */
  many: boolean;
  ids: readonly Id[];
  question: Worded<string>;
  hint: Worded<string>;
  labels: Worded<Labels<Id>>;
  /** The error shown when Continue is pressed with nothing chosen. */
  error: string;
}

const sameFor = <T>(value: T): Worded<T> => ({ self: value, child: value, other: value });

const matters: StepWords<Matter> = {
  many: true,
  ids: MATTERS,
  question: {
    self: 'What matters most to you in this choice?',
    child: 'What matters most to you in this choice for your child?',
    other: 'What matters most in this choice for the person you care for?',
  },
  hint: sameFor('Pick all that apply.'),
  labels: {
    self: {
      'sure-of-diagnosis': 'Being sure of the diagnosis',
      'start-sooner': 'Starting treatment sooner',
      'cost-and-travel': 'Cost and travel',
      'known-doctor': 'Staying with a doctor I know',
    },
    child: {
      'sure-of-diagnosis': 'Being sure of the diagnosis',
      'start-sooner': 'Starting treatment sooner',
      'cost-and-travel': 'Cost and travel',
      'known-doctor': 'Staying with a doctor your child knows',
    },
    other: {
      'sure-of-diagnosis': 'Being sure of the diagnosis',
      'start-sooner': 'Starting treatment sooner',
      'cost-and-travel': 'Cost and travel',
      'known-doctor': 'Staying with a doctor they know',
    },
  },
  error: 'Select what matters most, or skip this question',
};

const others: StepWords<Others> = {
  many: false,
  ids: OTHERS,
  question: {
    self: 'Is anyone else part of this choice?',
    child: 'Is anyone else part of this choice for your child?',
    other: 'Is anyone else part of this choice?',
  },
  hint: {
    self: 'This could be a partner, a family member or a close friend.',
    child: "This could be your child's other parent, a family member, or your child.",
    other: 'This could be the person you care for, or other family members.',
  },
  labels: sameFor({
    none: 'No, no one else',
    'lean-second': 'Yes, and they lean towards a second opinion',
    'lean-ahead': 'Yes, and they lean towards going ahead with the current plan',
    'lean-unsure': 'Yes, but they are not sure or have not said',
  }),
  error: 'Select whether anyone else is part of this choice, or skip this question',
};

const pressure: StepWords<Pressure> = {
  many: false,
  ids: PRESSURE,
  question: {
    self: 'Do you feel pushed to choose one way?',
    child: 'Do you feel pushed to choose one way for your child?',
    other: 'Do you or the person you care for feel pushed to choose one way?',
  },
  hint: sameFor('The push could come from a doctor, from family, from money or from time.'),
  labels: sameFor({ yes: 'Yes', no: 'No', 'not-sure': "I'm not sure" }),
  error: 'Select yes, no or not sure, or skip this question',
};

const role: StepWords<Role> = {
  many: false,
  ids: ROLES,
  question: {
    self: 'How do you want to make this choice?',
    child: 'How do you want to make this choice for your child?',
    other: 'How does the person you care for want to make this choice?',
  },
  hint: sameFor('There is no right way. Pick the one that fits best.'),
  labels: {
    self: {
      alone: 'On my own, after I hear the options',
      shared: 'Together with my doctor and family',
      others: 'I would rather someone else decides',
    },
    child: {
      alone: 'On my own, after I hear the options',
      shared: "Together with my child's doctor and our family",
      others: 'I would rather someone else decides',
    },
    other: {
      alone: 'On their own, after they hear the options',
      shared: 'Together with their doctor and family',
      others: 'They would rather someone else decides',
    },
  },
  error: 'Select how you want to make this choice, or skip this question',
};

export const DECISION_WORDS = { matters, others, pressure, role } as const satisfies {
  [K in DecisionStep]: StepWords<string>;
};

/** One step's question, hint and options, worded for the perspective. */
export function decisionQuestion(step: DecisionStep, perspective: Perspective) {
  const words: StepWords<string> = DECISION_WORDS[step];
  return {
    many: words.many,
    question: words.question[perspective],
    hint: words.hint[perspective],
    options: words.ids.map((value) => ({ value, label: words.labels[perspective][value]! })),
    error: words.error,
  };
}

/** The saved answer to one step as words for Check your answers, or null when it has none. */
export function decisionAnswerText(
  step: DecisionStep,
  perspective: Perspective,
  decision: GuideDecision,
): string | null {
  const labels: Labels<string> = DECISION_WORDS[step].labels[perspective];
  const value = decision[step];
  if (value === undefined || value.length === 0) return null;
  return typeof value === 'string' ? labels[value]! : value.map((id) => labels[id]).join(', ');
}

/** The value a step's form sends, checked against the step's ids; null when it is not one of them. */
export function readDecisionValue<K extends DecisionStep>(
  step: K,
  value: string | readonly string[],
): GuideDecision[K] | null {
  const ids: readonly string[] = DECISION_WORDS[step].ids;
  const many = DECISION_WORDS[step].many;
  if (many !== Array.isArray(value)) return null;
  const list = typeof value === 'string' ? [value] : value;
  if (!list.every((v) => ids.includes(v))) return null;
  // Kept in the order the options are shown, each once.
  return (many ? ids.filter((id) => list.includes(id)) : value) as GuideDecision[K];
}

/* ---------------------------------------------------------------------------------------------
 * The summary in words shown with the result: what the answers point to, never a score. Going
 * ahead with the current plan is presented as fairly as a second opinion.
 */

export interface DecisionSummaryPoint {
  /** What the person said, in one sentence. */
  said: string;
  /** What it means for the choice, or what to do about it. */
  advice: string;
}

const MATTER_POINTS: Record<Matter, Worded<DecisionSummaryPoint>> = {
  'sure-of-diagnosis': {
    self: {
      said: 'Being sure of the diagnosis matters to you.',
      advice:
        'A second opinion is the option that speaks to this. Another doctor looks at the diagnosis again.',
    },
    child: {
      said: "Being sure of your child's diagnosis matters to you.",
      advice:
        'A second opinion is the option that speaks to this. Another doctor looks at the diagnosis again.',
    },
    other: {
      said: 'Being sure of the diagnosis matters for the person you care for.',
      advice:
        'A second opinion is the option that speaks to this. Another doctor looks at the diagnosis again.',
    },
  },
  'start-sooner': {
    self: {
      said: 'Starting treatment sooner matters to you.',
      advice:
        'Going ahead with the current plan speaks to this. If you want a second opinion as well, ask how long it would take.',
    },
    child: {
      said: "Starting your child's treatment sooner matters to you.",
      advice:
        'Going ahead with the current plan speaks to this. If you want a second opinion as well, ask how long it would take.',
    },
    other: {
      said: 'Starting treatment sooner matters for the person you care for.',
      advice:
        'Going ahead with the current plan speaks to this. If they want a second opinion as well, ask how long it would take.',
    },
  },
  'cost-and-travel': {
    self: {
      said: 'Cost and travel matter to you.',
      advice:
        'Going ahead with the current plan may cost less and mean less travel. If you want a second opinion, ask what your insurance covers. Ask if it can be done by video or from your records.',
    },
    child: {
      said: 'Cost and travel matter to you.',
      advice:
        "Going ahead with the current plan may cost less and mean less travel. If you want a second opinion, ask what your child's insurance covers. Ask if it can be done by video or from the records.",
    },
    other: {
      said: 'Cost and travel matter for the person you care for.',
      advice:
        'Going ahead with the current plan may cost less and mean less travel. If they want a second opinion, ask what their insurance covers. Ask if it can be done by video or from their records.',
    },
  },
  'known-doctor': {
    self: {
      said: 'Staying with a doctor you know matters to you.',
      advice:
        'Going ahead with the current plan keeps you with your doctor. If you ask for a second opinion, you can tell your doctor you want to keep your care with them.',
    },
    child: {
      said: 'Staying with a doctor your child knows matters to you.',
      advice:
        "Going ahead with the current plan keeps your child with their doctor. If you ask for a second opinion, you can tell the doctor you want to keep your child's care with them.",
    },
    other: {
      said: 'Staying with a doctor they know matters for the person you care for.',
      advice:
        'Going ahead with the current plan keeps them with their doctor. If they ask for a second opinion, they can say they want to keep their care with that doctor.',
    },
  },
};

const TALK_IT_THROUGH =
  'Talk it through together. Say what matters most to you, and ask what matters to them.';

const OTHERS_POINTS: Record<Others, DecisionSummaryPoint> = {
  none: {
    said: 'No one else is part of this choice.',
    advice: 'You can still talk it over with someone you trust, if that would help.',
  },
  'lean-second': {
    said: 'Someone else who is part of this choice leans towards a second opinion.',
    advice: TALK_IT_THROUGH,
  },
  'lean-ahead': {
    said: 'Someone else who is part of this choice leans towards going ahead with the current plan.',
    advice: TALK_IT_THROUGH,
  },
  'lean-unsure': {
    said: 'Someone else is part of this choice, but they are not sure or have not said.',
    advice: 'Ask them what they think. Say what matters most to you.',
  },
};

/** Whose choice it is, said plainly for the pressure step. */
const WHOSE: Worded<string> = {
  self: 'The choice is yours.',
  child: 'The choice is yours and your family’s to make.',
  other: 'The choice belongs to the person you care for, with your help.',
};

const PRESSURE_POINTS: Record<Pressure, Worded<DecisionSummaryPoint>> = {
  yes: {
    self: {
      said: 'You feel pushed to choose one way.',
      advice: `${WHOSE.self} You can tell your doctor you feel pushed. Ask how much time you have to decide.`,
    },
    child: {
      said: 'You feel pushed to choose one way for your child.',
      advice: `${WHOSE.child} You can tell the doctor you feel pushed. Ask how much time you have to decide.`,
    },
    other: {
      said: 'You or the person you care for feel pushed to choose one way.',
      advice: `${WHOSE.other} You can tell the doctor you feel pushed. Ask how much time there is to decide.`,
    },
  },
  'not-sure': {
    self: {
      said: 'You are not sure if you feel pushed.',
      advice: `${WHOSE.self} If you start to feel pushed, you can tell your doctor so.`,
    },
    child: {
      said: 'You are not sure if you feel pushed.',
      advice: `${WHOSE.child} If you start to feel pushed, you can tell the doctor so.`,
    },
    other: {
      said: 'You are not sure if there is a push to choose one way.',
      advice: `${WHOSE.other} If you start to feel pushed, you can tell the doctor so.`,
    },
  },
  no: {
    self: {
      said: 'You do not feel pushed either way.',
      advice: 'Take the time you need. Ask your doctor how much time you have to decide.',
    },
    child: {
      said: 'You do not feel pushed either way.',
      advice: 'Take the time you need. Ask the doctor how much time you have to decide.',
    },
    other: {
      said: 'You do not feel pushed either way.',
      advice: 'Take the time you need. Ask the doctor how much time there is to decide.',
    },
  },
};

const ROLE_POINTS: Record<Role, Worded<DecisionSummaryPoint>> = {
  alone: {
    self: {
      said: 'You want to decide on your own, after you hear the options.',
      advice: 'Ask each doctor to explain each option, with its good points and its risks.',
    },
    child: {
      said: 'You want to decide on your own, after you hear the options.',
      advice: 'Ask each doctor to explain each option for your child, with its good points and its risks.',
    },
    other: {
      said: 'The person you care for wants to decide on their own, after they hear the options.',
      advice: 'Help them ask each doctor to explain each option, with its good points and its risks.',
    },
  },
  shared: {
    self: {
      said: 'You want to decide together with your doctor and family.',
      advice: 'Bring them in early. You could share this page with them.',
    },
    child: {
      said: "You want to decide together with your child's doctor and your family.",
      advice: 'Bring them in early. You could share this page with them.',
    },
    other: {
      said: 'The person you care for wants to decide together with their doctor and family.',
      advice: 'Bring everyone in early. You could share this page with them.',
    },
  },
  others: {
    self: {
      said: 'You would rather someone else decides.',
      advice: 'That is fine. Tell them what matters most to you, so they can choose with that in mind.',
    },
    child: {
      said: 'You would rather someone else decides.',
      advice: 'That is fine. Tell them what matters most to you, so they can choose with that in mind.',
    },
    other: {
      said: 'The person you care for would rather someone else decides.',
      advice: 'That is fine. Help them say what matters most to them, so the person who decides knows.',
    },
  },
};

/** The answers to the optional steps as sentences, in the order the steps are asked; empty when none. */
export function decisionSummary(perspective: Perspective, decision: GuideDecision): DecisionSummaryPoint[] {
  const points: DecisionSummaryPoint[] = [];
  for (const matter of decision.matters ?? []) points.push(MATTER_POINTS[matter][perspective]);
  if (decision.others) points.push(OTHERS_POINTS[decision.others]);
  if (decision.pressure) points.push(PRESSURE_POINTS[decision.pressure][perspective]);
  if (decision.role) points.push(ROLE_POINTS[decision.role][perspective]);
  return points;
}

/** Every sentence above, for the plain-language test. */
export function allDecisionWords(): string[] {
  const words: string[] = [];
  for (const step of DECISION_STEPS)
    for (const perspective of ['self', 'child', 'other'] as const) {
      const q = decisionQuestion(step, perspective);
      words.push(q.question, q.hint, q.error, ...q.options.map((o) => o.label));
    }
  const points = [
    ...Object.values(MATTER_POINTS).flatMap(Object.values),
    ...Object.values(OTHERS_POINTS),
    ...Object.values(PRESSURE_POINTS).flatMap(Object.values),
    ...Object.values(ROLE_POINTS).flatMap(Object.values),
  ] as DecisionSummaryPoint[];
  for (const point of points) words.push(point.said, point.advice);
  return words;
}
