import { ClinicPage, clinicMetadata } from '@/components/pages/clinic-page';

export const metadata = clinicMetadata('es');

export default function Page() {
  return <ClinicPage locale="es" />;
}
