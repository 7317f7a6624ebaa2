import { type ReactNode, useId } from 'react';

/**
 * Where a returning person picks up: "You have answers saved on this device", then the way on and
 * Start again (given as children). With a heading it is a region of its own (the home page); without
 * one (under the first question of the guide) it is a plain box, so the question stays the page's h1.
 */
export function ResumePanel({
  heading,
  saved,
  children,
}: {
  heading?: string;
  saved: string;
  children: ReactNode;
}) {
  const id = useId();
  const body = (
    <>
      <p className={heading ? 'mt-2' : undefined}>{saved}</p>
      <div className="mt-4 flex flex-wrap items-start gap-4">{children}</div>
    </>
  );
  const className = 'no-print mt-8 max-w-prose border-l-8 border-brand bg-pale p-5';
  if (!heading) return <div className={className}>{body}</div>;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {body}
    </section>
  );
}
