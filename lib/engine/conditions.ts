import type { Condition, Perspective } from './types';

export interface Situation {
  perspective: Perspective;
  answers: Readonly<Record<string, string>>;
}

function holds(condition: Condition, { perspective, answers }: Situation): boolean {
  return Object.entries(condition).every(([key, values]) => {
    const actual = key === 'perspective' ? perspective : answers[key];
    return actual !== undefined && values.includes(actual);
  });
}

/** True when any of the conditions holds; no conditions at all means always. */
export function matches(conditions: readonly Condition[] | undefined, situation: Situation): boolean {
  return conditions === undefined || conditions.some((condition) => holds(condition, situation));
}
