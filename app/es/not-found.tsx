import { setRequestLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/pages/not-found-page';

export default function NotFound() {
  setRequestLocale('es');
  return <NotFoundView locale="es" />;
}
