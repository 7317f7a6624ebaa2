// zod/mini: the same checks as zod at about a quarter of the size in the browser, where this runs too.
import '../zod-config';
import { z } from 'zod/mini';
import { matches, type Situation } from '../engine/conditions';
import type { Condition } from '../engine/types';

export const MAX_ITEM_LENGTH = 300;
export const MAX_CUSTOM_ITEMS = 300;
export const MAX_TICKED = 1000;
const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_ITEM_LENGTH));

export const prepareStateSchema = z.strictObject({
  /** Keys of ticked items: `listId/itemId` for the guide's own items, `custom/id` for the person's. */
  ticked: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_TICKED)),
  custom: z
    .array(
      z.strictObject({
        id: z.string().check(z.minLength(1), z.maxLength(80)),
        listId: z.string().check(z.maxLength(80)),
        text,
      }),
    )
    .check(z.maxLength(MAX_CUSTOM_ITEMS)),
});
export type PrepareState = z.infer<typeof prepareStateSchema>;
export type CustomItem = PrepareState['custom'][number];

export const EMPTY_PREPARE: PrepareState = { ticked: [], custom: [] };

export const itemKey = (listId: string, itemId: string) => `${listId}/${itemId}`;
export const customKey = (id: string) => `custom/${id}`;

export function isTicked(state: PrepareState, key: string): boolean {
  return state.ticked.includes(key);
}

export function toggleItem(state: PrepareState, key: string): PrepareState {
  return {
    ...state,
    ticked: isTicked(state, key) ? state.ticked.filter((k) => k !== key) : [...state.ticked, key],
  };
}

/** Checks the text of a new or edited item; returns the message to show, or null when it is fine. */
export function itemTextError(value: string, state?: PrepareState): string | null {
  const trimmed = value.trim();
  if (state && state.custom.length >= MAX_CUSTOM_ITEMS)
    return `You can add up to ${MAX_CUSTOM_ITEMS} items of your own`;
  if (trimmed === '') return 'Enter what you want to add';
  if (trimmed.length > MAX_ITEM_LENGTH) return `Use ${MAX_ITEM_LENGTH} characters or fewer`;
  return null;
}

export function addCustomItem(state: PrepareState, item: CustomItem): PrepareState {
  if (itemTextError(item.text, state) || state.custom.some((c) => c.id === item.id)) return state;
  return { ...state, custom: [...state.custom, { ...item, text: item.text.trim() }] };
}

export function editCustomItem(state: PrepareState, id: string, value: string): PrepareState {
  if (itemTextError(value)) return state;
  return { ...state, custom: state.custom.map((c) => (c.id === id ? { ...c, text: value.trim() } : c)) };
}

export function removeCustomItem(state: PrepareState, id: string): PrepareState {
  return {
    custom: state.custom.filter((c) => c.id !== id),
    ticked: state.ticked.filter((k) => k !== customKey(id)),
  };
}

interface Conditional {
  when?: Condition[];
}

/** With a wizard result, items whose condition does not hold are left out; without one, all show. */
export function visibleItems<T extends Conditional>(items: readonly T[], situation: Situation | null): T[] {
  return situation ? items.filter((item) => matches(item.when, situation)) : [...items];
}

/** "4 of 9 done" for one list: its visible items and the person's own. */
export function listProgress(state: PrepareState, listId: string, visibleIds: readonly string[]) {
  const keys = [
    ...visibleIds.map((id) => itemKey(listId, id)),
    ...state.custom.filter((c) => c.listId === listId).map((c) => customKey(c.id)),
  ];
  return { done: keys.filter((key) => isTicked(state, key)).length, total: keys.length };
}
