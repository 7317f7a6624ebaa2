import type { VersionedData } from './versioned';

export interface Merged<T> {
  value: T;
  /** How many shared entries did not fit (a list at its limit). */
  leftOut: number;
}

/**
 * One feature's data, declared in one place: every version and the steps between them, where it is
 * kept on this device, how to tell whether anything is there, and how a shared copy joins it.
 */
export interface Feature<K extends string = string, T = unknown> extends VersionedData<T> {
  kind: K;
  /** Its name in this browser's localStorage; absent for what only travels in links. */
  key?: string;
  /**
   * The top-level fields counted when something could not be kept, in the order they are named. Their
   * words live in the messages (`ui.storage.parts.<kind>.<field>`), as does the feature's (`ui.storage.what.<kind>`).
   */
  parts: Record<string, true>;
  holdsData: (value: T) => boolean;
  /** Offered as "Keep both" when a shared copy arrives; without it a shared copy can only replace. */
  merge?: (mine: T, theirs: T) => Merged<T>;
}
