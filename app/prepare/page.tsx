import type { Metadata } from 'next';
import { PrepareView } from '@/components/prepare/prepare-view';
import { getContent, getRules } from '@/lib/content';
import { routingView } from '@/lib/engine';

export const metadata: Metadata = {
  title: 'Get ready for a second opinion',
  description:
    'Checklists for records, insurance, finding a specialist, talking with your doctor, the visit and after.',
};

export default function PreparePage() {
  return <PrepareView checklists={getContent().checklists} routing={routingView(getRules())} />;
}
