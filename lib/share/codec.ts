import '../zod-config';
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { describeDropped, type DroppedCount, readVersioned, type VersionedData } from '../storage/versioned';
import type { Feature } from '../storage/feature';
import { FEATURES, isShareKind, type Shared, type ShareKind } from './features';

/** The version written into every link; a link with a higher one comes from a newer guide. */
export const SHARE_VERSION = 3;
/** Links longer than this are refused: they would not survive messaging apps or fit a QR code. */
export const MAX_LINK_LENGTH = 8000;
/** A link may not unpack to more than this, however well it compressed. */
export const MAX_UNPACKED_BYTES = 256 * 1024;

export type { Shared, ShareKind } from './features';

/** Why a link could not be opened; the words for each are in the messages (`share.linkProblem`). */
export const SHARE_ERROR_CODES = ['empty', 'not-ours', 'newer-version', 'too-large', 'damaged'] as const;
export type ShareErrorCode = (typeof SHARE_ERROR_CODES)[number];
export type DecodeResult =
  /** `dropped` counts, by part of the data, what the link held that could not be read. */
  { ok: true; value: Shared; dropped: DroppedCount[] } | { ok: false; error: ShareErrorCode };

/**
 * Each link version, and the version of each kind's data it carries. When a kind's data gets a new
 * version, add a link version that names it and raise SHARE_VERSION: older links keep their own map.
 */
export const LINK_DATA_VERSION: Record<number, Record<ShareKind, number>> = {
  1: { guide: 1, prepare: 1, questions: 1, compare: 1, clinic: 1 },
  2: { guide: 2, prepare: 1, questions: 1, compare: 1, clinic: 1 },
  3: { guide: 2, prepare: 1, questions: 1, compare: 2, clinic: 1 },
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

/** Unpacks deflated bytes a slice at a time, stopping as soon as the output passes the limit (a zip bomb gets nowhere). */
function inflateLimited(bytes: Uint8Array): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length; at += 1024) {
      inflate.push(bytes.subarray(at, at + 1024), at + 1024 >= bytes.length);
      if (size > MAX_UNPACKED_BYTES) return 'too-large';
    }
  } catch {
    return size > MAX_UNPACKED_BYTES ? 'too-large' : null;
  }
  if (size > MAX_UNPACKED_BYTES) return 'too-large';
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** FNV-1a, 32 bits: deflate has no checksum, so a changed character could otherwise read as other data. */
function checksum(bytes: Uint8Array): Uint8Array {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return Uint8Array.of(hash >>> 24, (hash >>> 16) & 255, (hash >>> 8) & 255, hash & 255);
}

/**
 * The text that follows `#share=`: `v` and the link version, `.`, then base64url of the deflated JSON followed by a 4-byte
 * checksum of that JSON.
 */
export function packPayload(json: Uint8Array): string {
  const packed = deflateSync(json, { level: 9 });
  const bytes = new Uint8Array(packed.length + 4);
  bytes.set(packed);
  bytes.set(checksum(json), packed.length);
  return `v${SHARE_VERSION}.${toBase64Url(bytes)}`;
}

/** Thrown by encodeShare when the state would make a link that could not be opened again. */
export class ShareTooLargeError extends Error {
  constructor() {
    super('There is too much here to fit in a link.');
    this.name = 'ShareTooLargeError';
  }
}

/** Packs valid shareable state; every link it returns opens again with decodeShare. */
export function encodeShare(value: Shared): string {
  const schema = FEATURES[value.kind].versions.at(-1)!.schema;
  const checked = schema.safeParse(value.data);
  if (!checked.success) throw new Error(`Cannot share ${value.kind}: the data does not match its schema.`);
  const json = strToU8(JSON.stringify({ kind: value.kind, data: checked.data }));
  if (json.length > MAX_UNPACKED_BYTES) throw new ShareTooLargeError();
  const payload = packPayload(json);
  if (payload.length > MAX_LINK_LENGTH) throw new ShareTooLargeError();
  return payload;
}

/** The JSON inside a link: its kind, read through that kind's versions; the parts that cannot be read are left out and named. */
function readShared(json: unknown, linkVersion: number): DecodeResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, error: 'damaged' };
  const { kind, data, ...rest } = json as Record<string, unknown>;
  if (!isShareKind(kind) || Object.keys(rest).length > 0) return { ok: false, error: 'damaged' };
  const feature: VersionedData<unknown> & Pick<Feature, 'parts'> = FEATURES[kind];
  const read = readVersioned(feature, LINK_DATA_VERSION[linkVersion]?.[kind], data);
  if (read.kind === 'newer') return { ok: false, error: 'newer-version' };
  if (read.kind === 'unreadable') return { ok: false, error: 'damaged' };
  return {
    ok: true,
    value: { kind, data: read.value } as Shared,
    dropped: describeDropped(feature.parts, read.dropped),
  };
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
    if (LINK_DATA_VERSION[version] === undefined) return { ok: false, error: 'damaged' };
    const bytes = fromBase64Url(match[2] ?? '');
    if (!bytes || bytes.length <= 4) return { ok: false, error: 'damaged' };
    const unpacked = inflateLimited(bytes.subarray(0, -4));
    if (unpacked === 'too-large') return { ok: false, error: 'too-large' };
    if (!unpacked) return { ok: false, error: 'damaged' };
    if (checksum(unpacked).join() !== bytes.subarray(-4).join()) return { ok: false, error: 'damaged' };
    return readShared(JSON.parse(strFromU8(unpacked)), version);
  } catch {
    return { ok: false, error: 'damaged' };
  }
}
