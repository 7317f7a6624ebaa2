import type { CompareState } from './state';

export interface WeighedFactor {
  factorId: string;
  importance: number;
  rating: number | null;
  points: number;
}

export interface PlanSummary {
  opinionId: string;
  factors: WeighedFactor[];
  total: number;
  /** The most the plan could score with the person's importance: every rating 5. */
  possible: number;
  /** Factors that matter (importance above 0) but have no rating yet. */
  unrated: number;
}

/**
 * The person's own weighing, shown with its arithmetic: for each factor, how much it matters
 * (0–3) times how well the plan does on it (1–5). Unrated factors add nothing but are counted.
 */
export function weighPlans(state: CompareState, factorIds: readonly string[]): PlanSummary[] {
  return state.opinions.map((opinion) => {
    const factors = factorIds.map((factorId) => {
      const importance = state.importance[factorId] ?? 0;
      const rating = state.ratings[opinion.id]?.[factorId] ?? null;
      return { factorId, importance, rating, points: importance * (rating ?? 0) };
    });
    return {
      opinionId: opinion.id,
      factors,
      total: factors.reduce((sum, f) => sum + f.points, 0),
      possible: factors.reduce((sum, f) => sum + f.importance * 5, 0),
      unrated: factors.filter((f) => f.importance > 0 && f.rating === null).length,
    };
  });
}
