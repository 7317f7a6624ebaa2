// Links already sent and data already saved must keep opening with the same content, for ever.
// Each file in tests/fixtures/ was written by a released version of the guide and is never edited.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeShare, LINK_DATA_VERSION, SHARE_VERSION } from '@/lib/share/codec';
import { FEATURES, isShareKind } from '@/lib/share/features';
import type { Feature } from '@/lib/storage/feature';
import { readStored } from '@/lib/storage/safe-storage';
import { currentVersion } from '@/lib/storage/versioned';
import { lettersData } from '@/lib/letters/data';
import { clinicKitData } from '@/lib/share/clinic-kit-data';

const DEVICE_ONLY: Record<string, Feature<string, unknown>> = {
  letters: lettersData as Feature<string, unknown>,
  clinicKit: clinicKitData as Feature<string, unknown>,
};

const root = path.join(__dirname, '..', 'fixtures');
const releases = fs
  .readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    file,
    ...(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as {
      data: Record<string, unknown>;
      links: Record<string, string>;
      stored: Record<string, string>;
      /** Stores no link carries (from release 0.2): their data by store name and as stored. */
      device?: { data: Record<string, unknown>; stored: Record<string, string> };
    }),
  }));

type Data = Record<string, unknown>;

/**
 * What later versions do to each kind when they step data up from a release: add new, empty parts, or
 * carry an answer into its new place, so the content a person saved or shared is the same. Keyed by
 * fixture file, then by kind. Each step is written out here, not taken from the code it checks.
 */
// Compare version 2: the diagnosis and plan answers become the marks on those rows; timing is not chosen.
const compareToV2 = ({ agreement, ...data }: Data): Data => {
  const { diagnosis, plan } = agreement as { diagnosis: string | null; plan: string | null };
  return {
    ...data,
    opinions: (data.opinions as Data[]).map((o) => ({ ...o, timing: '' })),
    marks: {
      ...(diagnosis === null ? {} : { diagnosis }),
      ...(plan === null ? {} : { plan }),
    },
  };
};

const STEPPED_UP: Record<string, Partial<Record<string, (data: Data) => Data>>> = {
  'v1/release-0.1.json': {
    // Guide version 2: the optional decision steps, none answered.
    guide: (data) => ({ ...data, decision: {} }),
    compare: compareToV2,
  },
  'v2/release-0.2.json': { compare: compareToV2 },
};

const expected = (file: string, kind: string, data: unknown) => {
  const step = STEPPED_UP[file]?.[kind];
  return step ? step(data as Data) : data;
};

describe('released data', () => {
  it('has fixtures from every release, each with a link of every kind and a stored value for every key', () => {
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases) {
      expect(Object.keys(release.links).sort()).toEqual(Object.keys(FEATURES).sort());
      const keys = Object.values(FEATURES).flatMap((f) => ('key' in f ? [f.key] : []));
      expect(Object.keys(release.stored).sort()).toEqual(keys.sort());
    }
  });

  for (const release of releases) {
    for (const [kind, link] of Object.entries(release.links)) {
      it(`${release.file}: the ${kind} link opens with the same content and nothing left out`, () => {
        expect(decodeShare(link)).toEqual({
          ok: true,
          value: { kind, data: expected(release.file, kind, release.data[kind]) },
          dropped: [],
        });
      });
    }
    for (const [key, raw] of Object.entries(release.stored)) {
      it(`${release.file}: the value stored as ${key} reads with the same content and no notice`, () => {
        const feature = Object.values(FEATURES).find((f) => 'key' in f && f.key === key) as Feature<
          string,
          unknown
        >;
        const read = readStored(feature, raw);
        expect(read).toMatchObject({ kind: 'read', problem: null });
        if (read.kind === 'read')
          expect(read.state).toEqual(expected(release.file, feature.kind, release.data[feature.kind]));
      });
    }
  }

  for (const release of releases) {
    for (const [name, data] of Object.entries(release.device?.data ?? {})) {
      it(`${release.file}: the ${name} store kept on this device reads with the same content`, () => {
        const feature = DEVICE_ONLY[name]!;
        expect(feature).toBeDefined();
        const read = readStored(feature, release.device!.stored[feature.key!]);
        expect(read).toMatchObject({ kind: 'read', problem: null });
        if (read.kind === 'read') expect(read.state).toEqual(data);
      });
    }
  }

  it('links are written at a version whose data versions are the current ones', () => {
    // When a feature's data gets a new version, links need a new version too (see README: data versions).
    for (const [kind, feature] of Object.entries(FEATURES)) {
      if (!isShareKind(kind)) throw new Error(kind);
      expect(currentVersion(feature)).toBe(LINK_DATA_VERSION[SHARE_VERSION]?.[kind]);
    }
  });
});
