/**
 * A `mailto:` address that opens the person's own email app with the letter in it (RFC 6068). Every
 * part is percent-encoded, so line breaks, "&" and "?" in the letter stay text; "@" stays readable.
 */
export function mailtoHref(to: string, subject: string, body: string): string {
  const address = encodeURIComponent(to.trim()).replace(/%40/g, '@');
  // RFC 6068 asks for CRLF line breaks in the body.
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  return `mailto:${address}?${query}`;
}
