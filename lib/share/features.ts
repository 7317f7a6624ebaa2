import { compareData } from '../compare/data';
import { guideData } from '../guide/data';
import { prepareData } from '../prepare/data';
import { questionsData } from '../questions/data';
import { clinicData } from './clinic';

/**
 * Every kind of data a link can carry. The codec and the shared view go through this list, so a new
 * shareable feature is its data module plus one line here (and its view in components/share).
 */
export const FEATURES = {
  guide: guideData,
  prepare: prepareData,
  questions: questionsData,
  compare: compareData,
  clinic: clinicData,
} as const;

type Features = typeof FEATURES;
export type ShareKind = keyof Features;
type DataOf<K extends ShareKind> = Features[K]['empty'];
export type Shared = { [K in ShareKind]: { kind: K; data: DataOf<K> } }[ShareKind];
/** What a person can save on their device from a link (a clinic's details are not saved). */
export type Saved = Exclude<Shared, { kind: 'clinic' }>;
export type SavedKind = Saved['kind'];

export const isShareKind = (kind: unknown): kind is ShareKind =>
  typeof kind === 'string' && Object.hasOwn(FEATURES, kind);
