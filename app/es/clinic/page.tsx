import { ClinicPage, clinicMetadata } from '@/components/pages/share-pages';

export const metadata = clinicMetadata('es');

export default function Page() {
  return <ClinicPage locale="es" />;
}
