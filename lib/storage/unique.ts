import '../zod-config';
import { z } from 'zod/mini';

/** A list check: no two entries share a key (an id), so a repeated entry in saved data or a link is left out. */
export const uniqueBy = <T>(key: (entry: T) => unknown) =>
  z.refine<T[]>((list) => new Set(list.map(key)).size === list.length, 'Repeated entry');
