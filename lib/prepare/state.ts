import { matches, type Situation } from '../engine/conditions';
import type { Condition } from '../engine/types';
import { EMPTY_PREPARE_V1, type PrepareV1, prepareV1 } from './versions/v1';

export const MAX_ITEM_LENGTH = 300;
export const MAX_CUSTOM_ITEMS = 300;
export const MAX_TICKED = 1000;

/** The shape in use: the latest version (see ./data.ts for every version and the steps between them). */
export const prepareStateSchema = prepareV1;
export type PrepareState = PrepareV1;
export type CustomItem = PrepareState['custom'][number];

export const EMPTY_PREPARE: PrepareState = EMPTY_PREPARE_V1;

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

/** What is wrong with an item's text; its words are in the `prepare` messages under `errors`. */
export type ItemTextError = 'full' | 'empty' | 'tooLong';

/** Checks the text of a new or edited item; returns what is wrong, or null when it is fine. */
export function itemTextError(value: string, state?: PrepareState): ItemTextError | null {
  const trimmed = value.trim();
  if (state && state.custom.length >= MAX_CUSTOM_ITEMS) return 'full';
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_ITEM_LENGTH) return 'tooLong';
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

/** How many are done for one list ("4 of 9 done"): its visible items and the person's own. */
export function listProgress(state: PrepareState, listId: string, visibleIds: readonly string[]) {
  const keys = [
    ...visibleIds.map((id) => itemKey(listId, id)),
    ...state.custom.filter((c) => c.listId === listId).map((c) => customKey(c.id)),
  ];
  return { done: keys.filter((key) => isTicked(state, key)).length, total: keys.length };
}
