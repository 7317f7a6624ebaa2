import type { Metadata } from 'next';
import { MovedPage, movedMetadata } from '@/components/guide/moved-page';

export const metadata: Metadata = movedMetadata;

export default function OldEmergencyPage() {
  return <MovedPage href="/guide#emergency" to="Get emergency help now" />;
}
