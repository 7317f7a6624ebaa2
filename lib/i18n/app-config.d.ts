import type { Locale } from './locales';
import type { Messages } from './messages';

// Message keys and locales are checked by TypeScript wherever next-intl is used.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
