import { ClinicPage, clinicMetadata } from '@/components/pages/share-pages';

export const metadata = clinicMetadata('en');

export default function Page() {
  return <ClinicPage locale="en" />;
}
