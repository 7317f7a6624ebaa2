import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { compareStateSchema } from '../compare/state';
import { guideStateSchema } from '../guide/state';
import { prepareStateSchema } from '../prepare/state';
import { questionsStateSchema } from '../questions/state';
import { clinicSchema } from './clinic';

/** The version written into every link; a link with a higher one comes from a newer guide. */
export const SHARE_VERSION = 1;
/** Links longer than this are refused: they would not survive messaging apps or fit a QR code. */
export const MAX_LINK_LENGTH = 8000;
/** A link may not unpack to more than this, however well it compressed. */
export const MAX_UNPACKED_BYTES = 256 * 1024;

export const sharedSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('guide'), data: guideStateSchema }),
  z.strictObject({ kind: z.literal('prepare'), data: prepareStateSchema }),
  z.strictObject({ kind: z.literal('questions'), data: questionsStateSchema }),
  z.strictObject({ kind: z.literal('compare'), data: compareStateSchema }),
  z.strictObject({ kind: z.literal('clinic'), data: clinicSchema }),
]);
export type Shared = z.infer<typeof sharedSchema>;
export type ShareKind = Shared['kind'];

export type ShareErrorCode = 'empty' | 'not-ours' | 'newer-version' | 'too-large' | 'damaged';
export type DecodeResult = { ok: true; value: Shared } | { ok: false; error: ShareErrorCode };

export const SHARE_ERROR_MESSAGES: Record<ShareErrorCode, string> = {
  empty: 'This link has nothing in it.',
  'not-ours': 'This link was not made by this guide, so it cannot be opened here.',
  'newer-version':
    'This link was made by a newer version of this guide. Ask the person who sent it to check it, or try again later.',
  'too-large': 'This link is too long to open. It may have been joined to other text by mistake.',
  damaged: 'This link is damaged or incomplete. Part of it may be missing. Ask for the link again.',
};

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Unpacks deflated bytes, stopping as soon as the output passes the limit (a zip bomb gets nowhere). */
function inflateLimited(bytes: Uint8Array): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > MAX_UNPACKED_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    inflate.push(bytes, true);
  } catch {
    return tooLarge ? 'too-large' : null;
  }
  if (tooLarge) return 'too-large';
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Packs shareable state into the text that follows `#share=`: `v1.` and base64url of deflated JSON. */
export function encodeShare(value: Shared): string {
  const parsed = sharedSchema.parse(value);
  return `v${SHARE_VERSION}.${toBase64Url(deflateSync(strToU8(JSON.stringify(parsed)), { level: 9 }))}`;
}

/** Reads any text as a share payload. Never throws: every failure comes back as an error code. */
export function decodeShare(text: unknown): DecodeResult {
  try {
    if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'empty' };
    const trimmed = text.trim();
    if (trimmed.length > MAX_LINK_LENGTH) return { ok: false, error: 'too-large' };
    const match = /^v(\d{1,6})\.(.*)$/s.exec(trimmed);
    if (!match) return { ok: false, error: 'not-ours' };
    const version = Number(match[1]);
    if (version > SHARE_VERSION) return { ok: false, error: 'newer-version' };
    if (version !== SHARE_VERSION) return { ok: false, error: 'damaged' };
    const bytes = fromBase64Url(match[2] ?? '');
    if (!bytes || bytes.length === 0) return { ok: false, error: 'damaged' };
    const unpacked = inflateLimited(bytes);
    if (unpacked === 'too-large') return { ok: false, error: 'too-large' };
    if (!unpacked) return { ok: false, error: 'damaged' };
    const json: unknown = JSON.parse(strFromU8(unpacked));
    const result = sharedSchema.safeParse(json);
    return result.success ? { ok: true, value: result.data } : { ok: false, error: 'damaged' };
  } catch {
    return { ok: false, error: 'damaged' };
  }
}
