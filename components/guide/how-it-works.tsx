import type { RuleSet } from '@/lib/engine';
import { Section } from '@/components/ui/section';

const TIME_SENSITIVE_ID = 'time-sensitive';

/** How the level is reached, generated from the same rule data the engine uses: no second copy of the numbers. */
export function HowItWorks({ rules, html }: { rules: RuleSet; html: string }) {
  const { levels } = rules;
  const scored = rules.triggers.filter((t) => t.answers.some((a) => a.weight > 0));
  const levelCount = Object.keys(levels).length;
  // Time pressure shapes how a second opinion is done, not whether: the content may weigh it 0.
  const timeSensitive = rules.triggers.find((t) => t.id === TIME_SENSITIVE_ID);
  const timeAddsNothing = timeSensitive?.answers.every((a) => a.weight === 0) ?? false;
  const weightOf = (t: RuleSet['triggers'][number], value: string) =>
    t.answers.find((a) => a.value === value)?.weight ?? 0;
  return (
    <Section id="how-level" title="How the guide reaches its result" className="mt-12">
      {/* Sanitised at build time by lib/content. */}
      <div className="prose-content mt-4" dangerouslySetInnerHTML={{ __html: html }} />
      <p className="mt-4">
        The points, and where each level starts, are our own judgment, drawn from the sources. They are not a
        clinical score.
      </p>
      <h3 className="mt-6 text-xl font-bold">The levels</h3>
      <p className="mt-2">
        There are {levelCount} levels. One of them is for an emergency, and it does not use points.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          {levels['strongly-consider'].label}: {levels['strongly-consider'].minScore} points or more
        </li>
        <li>
          {levels.consider.label}: {levels.consider.minScore} to {levels['strongly-consider'].minScore - 1}{' '}
          points
        </li>
        <li>
          {levels.optional.label}: fewer than {levels.consider.minScore} points
        </li>
        <li>{levels.urgent.label}: any sign of an emergency, whatever the points</li>
      </ul>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left text-base">
          <caption className="mb-2 text-left text-xl font-bold">Points for each reason</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                Reason
              </th>
              <th scope="col" className="py-2 pr-4">
                Yes
              </th>
              <th scope="col" className="py-2">
                Not sure
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
      </div>
      <p className="mt-4">Points are added up and capped at 100.</p>
      {timeAddsNothing && timeSensitive && (
        <p className="mt-4">
          “{timeSensitive.title}” adds no points. When time is short, it changes how you get a second opinion,
          such as how fast. It does not change whether one is worth asking for.
        </p>
      )}
    </Section>
  );
}
