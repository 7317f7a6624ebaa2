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
 * Only shown on request: the findings below are the headline.
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

/** Ratings this far apart (on the 1–5 scale) count as the options pulling apart; closer is "about the same". */
export const APART = 2;

/** A factor that matters, rated for every option. */
export interface RatedFactor {
  factorId: string;
  importance: number;
  /** Each option's rating, in the opinions' order. */
  ratings: { opinionId: string; rating: number }[];
  /** The options rated highest on it (several when they tie); every option when all are rated the same. */
  best: string[];
  /** The highest rating minus the lowest. */
  spread: number;
}

/** Which option fits what matters most: one, several tied, all even, or not known until rated. */
export type BestFit =
  | { kind: 'one'; opinionId: string; factorIds: string[] }
  | { kind: 'tie'; opinionIds: string[] }
  | { kind: 'even' }
  | { kind: 'unrated' };

export interface WeighingFindings {
  /** False when nothing has been marked as mattering yet. */
  anything: boolean;
  /** How much the top factors matter (1–3), or 0 when nothing matters yet. */
  topImportance: number;
  /** The factors that matter most to the person (all with the top importance), in the order given. */
  top: string[];
  bestFit: BestFit;
  /** Top factors with a rating for every option, and how each option did. */
  topRated: RatedFactor[];
  /** Factors that matter where the ratings differ by APART or more, most important first. */
  apart: RatedFactor[];
  /** Factors that matter where every option is rated within one step of the others. */
  same: RatedFactor[];
  /** Factors that matter but are not rated yet for some options, with those options. */
  unrated: { factorId: string; opinionIds: string[] }[];
}

/**
 * The weighing in words, without a total: decision aids such as the Ottawa guide and Option Grid
 * leave a single score out because it looks more exact than rough 1–5 ratings can be. Returns ids
 * and numbers only; the page words them. A factor counts as compared only when every option has a
 * rating for it, so a half-rated factor never makes one option look better.
 */
export function findWeighing(state: CompareState, factorIds: readonly string[]): WeighingFindings {
  const mattering = factorIds.filter((id) => (state.importance[id] ?? 0) > 0);
  const importance = (id: string) => state.importance[id] ?? 0;
  const rated: RatedFactor[] = [];
  const unrated: WeighingFindings['unrated'] = [];
  for (const factorId of mattering) {
    const ratings = state.opinions.map((o) => ({
      opinionId: o.id,
      rating: state.ratings[o.id]?.[factorId] ?? null,
    }));
    const missing = ratings.filter((r) => r.rating === null).map((r) => r.opinionId);
    if (missing.length > 0) {
      unrated.push({ factorId, opinionIds: missing });
      continue;
    }
    const values = ratings.map((r) => r.rating!);
    const high = Math.max(...values);
    rated.push({
      factorId,
      importance: importance(factorId),
      ratings: ratings.map((r) => ({ opinionId: r.opinionId, rating: r.rating! })),
      best: ratings.filter((r) => r.rating === high).map((r) => r.opinionId),
      spread: high - Math.min(...values),
    });
  }

  const topImportance = Math.max(0, ...mattering.map(importance));
  const top = mattering.filter((id) => importance(id) === topImportance);
  const topRated = rated.filter((f) => f.importance === topImportance);
  return {
    anything: mattering.length > 0,
    topImportance,
    top,
    bestFit: bestFit(state, topRated),
    topRated,
    // Stable sort: equal importance keeps the order the factors were given in.
    apart: rated.filter((f) => f.spread >= APART).sort((a, b) => b.importance - a.importance),
    same: rated.filter((f) => f.spread < APART),
    unrated,
  };
}

/**
 * Counts, for each option, the top factors on which it alone or jointly rates highest (a factor
 * every option ties on counts for none). The option with the most such factors fits best; equal
 * counts are a tie, said as a tie rather than broken by a sum.
 */
function bestFit(state: CompareState, topRated: RatedFactor[]): BestFit {
  if (topRated.length === 0) return { kind: 'unrated' };
  const all = state.opinions.length;
  const leads = state.opinions.map((o) => ({
    opinionId: o.id,
    factorIds: topRated.filter((f) => f.best.length < all && f.best.includes(o.id)).map((f) => f.factorId),
  }));
  const most = Math.max(...leads.map((l) => l.factorIds.length));
  if (most === 0) return { kind: 'even' };
  const leaders = leads.filter((l) => l.factorIds.length === most);
  if (leaders.length === 1) return { kind: 'one', ...leaders[0]! };
  return { kind: 'tie', opinionIds: leaders.map((l) => l.opinionId) };
}
