import { useTranslations } from 'next-intl';

const SIDE = 10;
const CELL = 10;
const GAP = 1.5;

interface IconArrayProps {
  /** How many of the 100 squares are filled: a whole number from 0 to 100. */
  count: number;
  /** What a filled square stands for, e.g. "got a clearly different diagnosis". */
  label: string;
  className?: string;
}

/**
 * 100 squares in a 10 by 10 grid with `count` of them filled, read row by row from the top left.
 * Filled squares are solid and the rest are outlines, so the picture holds without colour, in
 * print and in forced-colours mode (currentColor follows the system text colour).
 */
export function IconArray({ count, label, className = '' }: IconArrayProps) {
  const t = useTranslations('ui.iconArray');
  const filled = Math.max(0, Math.min(100, Math.round(count)));
  const name = t('name', { filled, label: label.replace(/\.$/, ''), empty: 100 - filled });
  const size = SIDE * CELL;
  return (
    <svg
      role="img"
      aria-label={name}
      viewBox={`0 0 ${size} ${size}`}
      className={`h-auto w-44 max-w-full text-ink ${className}`}
    >
      <title>{name}</title>
      {Array.from({ length: 100 }, (_, i) => {
        const on = i < filled;
        return (
          <rect
            key={i}
            x={(i % SIDE) * CELL + GAP / 2 + 0.5}
            y={Math.floor(i / SIDE) * CELL + GAP / 2 + 0.5}
            width={CELL - GAP - 1}
            height={CELL - GAP - 1}
            rx={1}
            fill={on ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth={1}
          />
        );
      })}
    </svg>
  );
}
