import type { Metadata } from 'next';
import { MovedPage, movedMetadata } from '@/components/guide/moved-page';

export const metadata: Metadata = movedMetadata;

export default function OldCheckPage() {
  return <MovedPage href="/guide#check" to="Check your answers" />;
}
