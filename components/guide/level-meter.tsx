import type { Level } from '@/lib/engine';

const SCALE = ['optional', 'consider', 'strongly-consider'] as const;
const SHORT: Record<(typeof SCALE)[number], string> = {
  optional: 'Up to you',
  consider: 'Worth considering',
  'strongly-consider': 'Strongly worth considering',
};

/** Three steps that rise in height and fill up to the level: readable without colour, and in words. */
export function LevelMeter({ level }: { level: Exclude<Level, 'urgent'> }) {
  const index = SCALE.indexOf(level);
  return (
    <figure className="mt-6 max-w-prose">
      <ol className="flex items-end gap-2" aria-hidden="true">
        {SCALE.map((step, i) => (
          <li key={step} className="flex-1 text-center">
            <div
              className={`mx-auto w-full rounded-t border-2 border-ink ${i <= index ? 'bg-ink' : 'bg-white'}`}
              style={{ height: `${1 + i * 0.75}rem` }}
            />
            <span className={`mt-1 block text-sm leading-tight ${i === index ? 'font-bold' : ''}`}>
              {i === index ? '▲ ' : ''}
              {SHORT[step]}
            </span>
          </li>
        ))}
      </ol>
      <figcaption className="mt-3 text-lg">
        <span className="font-bold">
          Level {index + 1} of {SCALE.length}:
        </span>{' '}
        {SHORT[level].toLowerCase()}
      </figcaption>
    </figure>
  );
}
