import type { Metadata } from 'next';
import { EmergencyNext } from '@/components/guide/emergency-next';
import { getRules } from '@/lib/content';
import { EMERGENCY_ID, routingView } from '@/lib/engine';

export const metadata: Metadata = { title: 'Get emergency help now' };

export default function EmergencyPage() {
  const rules = getRules();
  const emergency = rules.triggers.find((t) => t.id === EMERGENCY_ID);
  return (
    <>
      <div className="max-w-prose border-l-8 border-warn bg-warn-bg p-5">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Get emergency help now</h1>
        <p className="mt-4 text-2xl font-bold">{rules.levels.urgent.summary}</p>
        {/* Sanitised at build time by lib/content. */}
        <div
          className="prose-content mt-4 text-lg"
          dangerouslySetInnerHTML={{ __html: emergency?.explanation ?? '' }}
        />
      </div>
      <EmergencyNext routing={routingView(rules)} />
    </>
  );
}
