import { useTranslations } from 'next-intl';
import type { RuleSet } from '@/lib/engine';
import { Section } from '@/components/ui/section';
import { TableRegion } from '@/components/ui/table-region';

/** How the level is reached, generated from the same rule data the engine uses: no second copy of the numbers. */
export function HowItWorks({ rules, html }: { rules: RuleSet; html: string }) {
  const t = useTranslations('guide.howItWorks');
  const { levels } = rules;
  const scored = rules.triggers.filter((t) => t.answers.some((a) => a.weight > 0));
  const weightOf = (t: RuleSet['triggers'][number], value: string) =>
    t.answers.find((a) => a.value === value)?.weight ?? 0;
  return (
    <Section id="how-level" title={t('title')} className="mt-12">
      {/* Sanitised at build time by lib/content. */}
      <div className="prose-content mt-4" dangerouslySetInnerHTML={{ __html: html }} />
      <h3 className="mt-6 text-xl font-bold">{t('levels')}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          {t('strong', {
            label: levels['strongly-consider'].label,
            min: levels['strongly-consider'].minScore,
          })}
        </li>
        <li>
          {t('consider', {
            label: levels.consider.label,
            min: levels.consider.minScore,
            max: levels['strongly-consider'].minScore - 1,
          })}
        </li>
        <li>{t('optional', { label: levels.optional.label, min: levels.consider.minScore })}</li>
        <li>{t('urgent', { label: levels.urgent.label })}</li>
      </ul>
      <TableRegion labelledBy="how-it-works-caption" className="mt-6">
        <table className="w-full border-collapse text-left text-base">
          <caption id="how-it-works-caption" className="mb-2 text-left text-xl font-bold">
            {t('caption')}
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t('reason')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('yes')}
              </th>
              <th scope="col" className="py-2">
                {t('notSure')}
              </th>
            </tr>
          </thead>
          <tbody>
            {scored.map((trigger) => (
              <tr key={trigger.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {trigger.title}
                </th>
                <td className="py-2 pr-4">{weightOf(trigger, 'yes')}</td>
                <td className="py-2">{weightOf(trigger, 'not-sure')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p className="mt-4">{t('cap')}</p>
    </Section>
  );
}
