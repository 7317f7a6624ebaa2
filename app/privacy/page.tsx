import type { Metadata } from 'next';
import { ContentPage } from '@/components/learn/content-page';
import { DeviceData } from '@/components/share/device-data';
import { getPage } from '@/lib/content';

const page = getPage('privacy');

export const metadata: Metadata = { title: page.title, description: page.description };

export default function PrivacyPage() {
  return (
    <ContentPage {...page}>
      <DeviceData />
    </ContentPage>
  );
}
