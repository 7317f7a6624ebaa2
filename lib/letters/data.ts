import type { Feature } from '../storage/feature';
import { EMPTY_LETTERS, type LettersState } from './state';
import { EMPTY_LETTERS_V1, lettersV1 } from './versions/v1';

/** Letters stay on this device: they hold names and dates of birth, so no link ever carries them. */
export const lettersData = {
  kind: 'letters',
  key: 'sog.letters',
  versions: [{ version: 1, schema: lettersV1, empty: EMPTY_LETTERS_V1 }],
  empty: EMPTY_LETTERS,
  parts: { details: true, texts: true },
  holdsData: (value) => Object.keys(value.details).length > 0 || Object.keys(value.texts).length > 0,
} satisfies Feature<'letters', LettersState>;
