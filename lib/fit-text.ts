/** Numbers as people read them in the messages: 3,000 rather than 3000. */
const count = (n: number) => n.toLocaleString('en-US');
const characters = (n: number) => `${count(n)} ${n === 1 ? 'character' : 'characters'}`;

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

/** What a field says once it has cut text: what was kept and that the rest is gone. */
export function cutMessage(max: number, cut: number): string {
  return `Only the first ${characters(max)} were kept. The other ${characters(cut)} ${
    cut === 1 ? 'was' : 'were'
  } not saved.`;
}

/** Share of the limit at which the count shows (the GOV.UK character count's threshold). */
export const COUNT_FROM = 0.75;

/** The GOV.UK character count's words, or null while the text is well under the limit. */
export function countMessage(length: number, max: number): string | null {
  if (length < max * COUNT_FROM) return null;
  return length > max
    ? `You have ${characters(length - max)} too many`
    : `You have ${characters(max - length)} remaining`;
}
