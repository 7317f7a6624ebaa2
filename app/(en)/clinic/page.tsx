import { ClinicPage, clinicMetadata } from '@/components/pages/clinic-page';

export const metadata = clinicMetadata('en');

export default function Page() {
  return <ClinicPage locale="en" />;
}
