import type { Merged } from '../storage/feature';
import { customKey, MAX_CUSTOM_ITEMS, MAX_TICKED, type PrepareState } from './state';

const identity = (item: { listId: string; text: string }) =>
  `${item.listId}\n${item.text.trim().replace(/\s+/g, ' ').toLocaleLowerCase()}`;

/**
 * Both checklists: every tick and every own item from each, an own item matched by its list and its
 * words (never by its id, which another device may have given to something else). `leftOut` counts
 * what did not fit.
 */
export function mergePrepare(mine: PrepareState, theirs: PrepareState): Merged<PrepareState> {
  const custom = [...mine.custom];
  const byIdentity = new Map(custom.map((c) => [identity(c), c.id]));
  const ids = new Set(custom.map((c) => c.id));
  const pairs = new Map<string, string>();
  let leftOut = 0;
  for (const item of theirs.custom) {
    const known = byIdentity.get(identity(item));
    if (known !== undefined) {
      pairs.set(item.id, known);
      continue;
    }
    if (custom.length >= MAX_CUSTOM_ITEMS) {
      leftOut += 1;
      continue;
    }
    let id = item.id;
    for (let n = 2; ids.has(id); n += 1) id = `${item.id.slice(0, 70)}-${n}`;
    ids.add(id);
    byIdentity.set(identity(item), id);
    custom.push({ ...item, id });
    pairs.set(item.id, id);
  }
  const ticked = [...mine.ticked];
  const seen = new Set(ticked);
  for (const key of theirs.ticked) {
    const own = key.startsWith('custom/') ? pairs.get(key.slice('custom/'.length)) : undefined;
    if (key.startsWith('custom/') && own === undefined) continue;
    const mapped = own === undefined ? key : customKey(own);
    if (seen.has(mapped)) continue;
    if (ticked.length >= MAX_TICKED) {
      leftOut += 1;
      continue;
    }
    seen.add(mapped);
    ticked.push(mapped);
  }
  return { value: { ticked, custom }, leftOut };
}
