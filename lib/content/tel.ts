/** The numbers a phone should be able to call straight from the page: US emergency and the 988 crisis line. */
export const EMERGENCY_NUMBERS = ['911', '988'] as const;
export type EmergencyNumber = (typeof EMERGENCY_NUMBERS)[number];

// Whole numbers only: not part of a year (1988), a longer number (9115, 1-800-911-…) or a word.
const NUMBER = /(?<![\p{L}\p{N}\-/])(911|988)(?![\p{L}\p{N}\-]|[.,/]\p{N})/gu;

export type TextPiece = string | { number: EmergencyNumber };

/** Splits text around 911 and 988, so each can be shown as a `tel:` link. */
export function splitEmergencyNumbers(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const at = match.index;
    if (at > last) pieces.push(text.slice(last, at));
    pieces.push({ number: match[1] as EmergencyNumber });
    last = at + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

// Text already in a link keeps its link; code shows the number as it is written.
const LEAVE_ALONE = new Set(['a', 'code', 'pre']);

function linkNumbers(node: HastNode): void {
  if (!node.children || LEAVE_ALONE.has(node.tagName ?? '')) return;
  node.children = node.children.flatMap((child): HastNode[] => {
    if (child.type !== 'text' || typeof child.value !== 'string') {
      linkNumbers(child);
      return [child];
    }
    const pieces = splitEmergencyNumbers(child.value);
    if (pieces.length === 1 && typeof pieces[0] === 'string') return [child];
    return pieces.map((piece) =>
      typeof piece === 'string'
        ? { type: 'text', value: piece }
        : {
            type: 'element',
            tagName: 'a',
            properties: { href: `tel:${piece.number}` },
            children: [{ type: 'text', value: piece.number }],
          },
    );
  });
}

/**
 * A rehype step: every bare 911 or 988 in a page's text becomes a link a phone can call, so no one in
 * an emergency has to copy a number. Runs before sanitising, which allows `tel:` links.
 */
export function rehypeTelLinks() {
  return (tree: HastNode) => linkNumbers(tree);
}
