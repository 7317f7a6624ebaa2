import { setRequestLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/pages/not-found-page';

export default function NotFound() {
  setRequestLocale('en');
  return <NotFoundView locale="en" />;
}
