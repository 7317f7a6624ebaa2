import { getPage } from '@/lib/content';
import { type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export function standingPageMetadata(locale: Locale, slug: 'about' | 'privacy') {
  const page = getPage(slug, locale);
  return pageMetadata(locale, `/${slug}`, { title: page.title, description: page.description });
}
