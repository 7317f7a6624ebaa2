import '../zod-config';
import { z } from 'zod/mini';
import { matches } from './conditions';
import { EMERGENCY_ID } from './contract';
import { type Assessment, type Level, PERSPECTIVES, type Reason, type RuleSet } from './types';

export const assessInputSchema = z.strictObject({
  perspective: z.enum(PERSPECTIVES, { error: `perspective must be one of ${PERSPECTIVES.join(', ')}` }),
  answers: z.record(z.string(), z.string()),
});
export type AssessInput = z.infer<typeof assessInputSchema>;

export class AssessInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssessInputError';
  }
}

/** Checks input against the schema and the rule set; throws an AssessInputError that says what is wrong. */
export function parseAssessInput(input: unknown, rules: RuleSet): AssessInput {
  const parsed = assessInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AssessInputError(`Invalid input at ${issue?.path.join('.') || 'input'}: ${issue?.message}`);
  }
  const { perspective, answers } = parsed.data;
  for (const [id, value] of Object.entries(answers)) {
    const trigger = rules.triggers.find((t) => t.id === id);
    if (!trigger) throw new AssessInputError(`Unknown question id "${id}"`);
    if (!trigger.answers.some((a) => a.value === value))
      throw new AssessInputError(
        `"${value}" is not an answer to "${id}" (expected ${trigger.answers.map((a) => a.value).join(', ')})`,
      );
    if (!trigger.perspectives.includes(perspective))
      throw new AssessInputError(`"${id}" is not asked when the perspective is "${perspective}"`);
  }
  return parsed.data;
}

// A short list a stressed person can act on; the rest of the help is further down the result.
const MAX_FIRST_STEPS = 5;

function levelFor(score: number, rules: RuleSet): Exclude<Level, 'urgent'> {
  if (score >= rules.levels['strongly-consider'].minScore) return 'strongly-consider';
  if (score >= rules.levels.consider.minScore) return 'consider';
  return 'optional';
}

/**
 * How strongly the usual reasons for a second opinion apply, and why. Pure and synchronous:
 * the same input and rules always give the same assessment.
 */
export function assess(input: unknown, rules: RuleSet): Assessment {
  const situation = parseAssessInput(input, rules);
  const { perspective, answers } = situation;
  const timeSensitive = matches(rules.timeSensitiveWhen, situation);
  const cautions = rules.cautions
    .filter((caution) => matches(caution.when, situation))
    .map(({ id, title, text, sources }) => ({
      id,
      title: title[perspective],
      text: text[perspective],
      sources,
    }));
  const nextSteps = rules.nextSteps
    .filter((step) => matches(step.when, situation))
    .map(({ id, label, href, description }) => ({
      id,
      label: label[perspective],
      href,
      description: description[perspective],
    }));
  const firstSteps = rules.firstSteps
    .filter((step) => matches(step.when, situation))
    .slice(0, MAX_FIRST_STEPS)
    .map(({ id, text, href, linkLabel }) => ({ id, text: text[perspective], href, linkLabel }));

  if (answers[EMERGENCY_ID] === 'yes') {
    return {
      perspective,
      level: 'urgent',
      levelText: rules.levels.urgent,
      score: 100,
      reasons: [],
      // The emergency message is the whole answer: nothing else competes with it.
      cautions: [],
      timeSensitive: true,
      firstSteps: [],
      nextSteps: [],
    };
  }

  const reasons: Reason[] = rules.triggers.flatMap((trigger) => {
    const value = answers[trigger.id];
    const option = trigger.answers.find((a) => a.value === value);
    if (!option || option.weight === 0) return [];
    return [
      {
        triggerId: trigger.id,
        title: (option.value === 'not-sure' && trigger.notSure?.[perspective]) || trigger.title,
        category: trigger.category,
        answer: option.value,
        answerLabel: option.label,
        contribution: option.weight,
        explanation: trigger.explanation,
        ...(perspective === 'child' && trigger.childNote ? { childNote: trigger.childNote } : {}),
        sources: trigger.sources,
      },
    ];
  });
  // Stable sort: equal contributions keep the order the questions are asked in.
  reasons.sort((a, b) => b.contribution - a.contribution);
  const score = Math.min(
    100,
    reasons.reduce((sum, reason) => sum + reason.contribution, 0),
  );
  const level = levelFor(score, rules);
  return {
    perspective,
    level,
    levelText: rules.levels[level],
    score,
    reasons,
    cautions,
    timeSensitive,
    firstSteps,
    nextSteps,
  };
}
