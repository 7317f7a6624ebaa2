// One import per namespace and language, so the build precompiles each file for the browser.
import en_common from '../../content/messages/en/common.json';
import en_home from '../../content/messages/en/home.json';
import en_learn from '../../content/messages/en/learn.json';
import en_errors from '../../content/messages/en/errors.json';
import en_guide from '../../content/messages/en/guide.json';
import en_result from '../../content/messages/en/result.json';
import en_compare from '../../content/messages/en/compare.json';
import en_prepare from '../../content/messages/en/prepare.json';
import en_questions from '../../content/messages/en/questions.json';
import en_packet from '../../content/messages/en/packet.json';
import en_share from '../../content/messages/en/share.json';
import en_clinic from '../../content/messages/en/clinic.json';
import en_ui from '../../content/messages/en/ui.json';
import en_offline from '../../content/messages/en/offline.json';
import en_letters from '../../content/messages/en/letters.json';
import es_common from '../../content/messages/es/common.json';
import es_home from '../../content/messages/es/home.json';
import es_learn from '../../content/messages/es/learn.json';
import es_errors from '../../content/messages/es/errors.json';
import es_guide from '../../content/messages/es/guide.json';
import es_result from '../../content/messages/es/result.json';
import es_compare from '../../content/messages/es/compare.json';
import es_prepare from '../../content/messages/es/prepare.json';
import es_questions from '../../content/messages/es/questions.json';
import es_packet from '../../content/messages/es/packet.json';
import es_share from '../../content/messages/es/share.json';
import es_clinic from '../../content/messages/es/clinic.json';
import es_ui from '../../content/messages/es/ui.json';
import es_offline from '../../content/messages/es/offline.json';
import es_letters from '../../content/messages/es/letters.json';
import { DEFAULT_LOCALE, type Locale } from './locales';

/**
 * The interface's words, one file per namespace and language under content/messages/. English is the
 * reference: every other language must have exactly its keys (tests/unit/messages.test.ts).
 */
export const NAMESPACES = [
  'common',
  'home',
  'learn',
  'errors',
  'guide',
  'result',
  'compare',
  'prepare',
  'questions',
  'packet',
  'share',
  'clinic',
  'ui',
  'offline',
  'letters',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

const en = {
  common: en_common,
  home: en_home,
  learn: en_learn,
  errors: en_errors,
  guide: en_guide,
  result: en_result,
  compare: en_compare,
  prepare: en_prepare,
  questions: en_questions,
  packet: en_packet,
  share: en_share,
  clinic: en_clinic,
  ui: en_ui,
  offline: en_offline,
  letters: en_letters,
};
/** The shape of every language's messages: English is the reference. */
export type Messages = typeof en;

// Typed as Messages, so a language missing a key fails the typecheck as well as the messages test.
const es: Messages = {
  common: es_common,
  home: es_home,
  learn: es_learn,
  errors: es_errors,
  guide: es_guide,
  result: es_result,
  compare: es_compare,
  prepare: es_prepare,
  questions: es_questions,
  packet: es_packet,
  share: es_share,
  clinic: es_clinic,
  ui: es_ui,
  offline: es_offline,
  letters: es_letters,
};

export const MESSAGES: Record<Locale, Messages> = { en, es };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale] ?? MESSAGES[DEFAULT_LOCALE];
}
