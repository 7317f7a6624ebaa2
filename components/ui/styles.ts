/** Shared button looks: GOV.UK-style, with a dark bottom edge so they read as buttons without colour. */
export const buttonClass =
  'btn inline-block rounded-sm border-b-4 border-[#002f5c] bg-brand px-5 py-2.5 text-lg font-semibold text-white no-underline hover:bg-brand-dark hover:text-white visited:text-white active:translate-y-0.5 disabled:opacity-60';
export const secondaryButtonClass =
  'btn inline-block rounded-sm border-2 border-b-4 border-ink bg-white px-5 py-2 text-lg font-semibold text-ink no-underline hover:bg-pale visited:text-ink';
export const warningButtonClass =
  'btn inline-block rounded-sm border-b-4 border-[#6b140e] bg-warn px-5 py-2.5 text-lg font-semibold text-white hover:bg-[#aa2016]';
