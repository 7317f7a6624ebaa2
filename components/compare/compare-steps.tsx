import Link from 'next/link';

const STEPS = [
  { href: '/compare', label: 'Enter the opinions' },
  { href: '/compare/side-by-side', label: 'See them side by side' },
  { href: '/compare/weigh', label: 'Weigh what matters to you' },
] as const;

export type CompareStep = (typeof STEPS)[number]['href'];

/** The three parts of comparing, each on its own page so back, forward and refresh work. */
export function CompareSteps({ current }: { current: CompareStep }) {
  return (
    <nav aria-label="Compare opinions steps" className="no-print mb-6">
      <ol className="flex flex-wrap gap-x-6 gap-y-2 text-base">
        {STEPS.map((step, index) => (
          <li key={step.href}>
            {step.href === current ? (
              <span aria-current="page" className="font-bold">
                {index + 1}. {step.label}
              </span>
            ) : (
              <Link href={step.href}>
                {index + 1}. {step.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
