/**
 * Keeps the first `max` characters of a value and says how many were cut, so a field can keep
 * what fits of an over-long paste and tell the person, rather than drop it all or cut it quietly.
 * Never splits an emoji (or any character written as two UTF-16 units) in half.
 */
export function fitText(value: string, max: number): { text: string; cut: number } {
  if (value.length <= max) return { text: value, cut: 0 };
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: value.slice(0, end), cut: value.length - end };
}

/** Share of the limit at which the count shows (the GOV.UK character count's threshold). */
export const COUNT_FROM = 0.75;
