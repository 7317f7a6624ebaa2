// @vitest-environment node
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints snippets as if they sat in the real folders, with the project's own eslint.config.mjs, to
// prove the layer rules fire. The files need not exist; the modules they import do, so the
// resolver has to follow '@/...' to a real file for the rule to see which layer it is in.
const root = path.resolve(__dirname, '../..');
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // The first lint loads the config, its plugins and the parser: seconds on a busy machine.
  await eslint.lintText('', { filePath: path.join(root, 'lib/probe.ts') });
}, 60_000);

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.map((m) => ({ rule: m.ruleId, severity: m.severity }));
}

const LAYERS = { rule: 'boundaries/dependencies', severity: 2 };
const FRAMEWORK = { rule: 'no-restricted-imports', severity: 2 };

describe('the imported modules are real', () => {
  // Without this a typo would make the "forbidden" cases pass for the wrong reason: an import
  // that does not resolve is treated as external and the layer rule ignores it.
  it.each(['components/ui/section.tsx', 'app/(en)/page.tsx', 'lib/engine/index.ts'])('%s exists', (file) => {
    expect(existsSync(path.join(root, file))).toBe(true);
  });
});

describe('lint fails on forbidden imports', () => {
  it('lib/engine may not import React', async () => {
    const code = "import { useState } from 'react';\nexport const hook = useState;\n";
    expect(await lint('lib/engine/probe.ts', code)).toEqual([FRAMEWORK]);
  });

  it('lib/share may not import next or zustand, even types', async () => {
    const code = [
      "import { useRouter } from 'next/navigation';",
      "import type { StoreApi } from 'zustand';",
      'export const router = useRouter;',
      'export type Store = StoreApi<number>;',
      '',
    ].join('\n');
    expect(await lint('lib/share/probe.ts', code)).toEqual([FRAMEWORK, FRAMEWORK]);
  });

  it('lib may not import components, by alias or relative path', async () => {
    const code = [
      "import { Section } from '@/components/ui/section';",
      "import { Section as Again } from '../../components/ui/section';",
      'export const parts = [Section, Again];',
      '',
    ].join('\n');
    expect(await lint('lib/guide/probe.ts', code)).toEqual([LAYERS, LAYERS]);
  });

  it('lib may not re-export or dynamically import components', async () => {
    const code = [
      "export { Section } from '@/components/ui/section';",
      "export const later = () => import('@/components/ui/section');",
      '',
    ].join('\n');
    expect(await lint('lib/guide/probe.ts', code)).toEqual([LAYERS, LAYERS]);
  });

  it('components may not import app', async () => {
    const code = [
      "import HomePage from '@/app/(en)/page';",
      "import Again from '../../app/es/page';",
      'export const pages = [HomePage, Again];',
      '',
    ].join('\n');
    expect(await lint('components/ui/probe.tsx', code)).toEqual([LAYERS, LAYERS]);
  });

  it('lib may not import app', async () => {
    const code = "import HomePage from '@/app/(en)/page';\nexport const page = HomePage;\n";
    expect(await lint('lib/engine/probe.ts', code)).toEqual([LAYERS]);
  });
});

describe('lint passes on allowed imports', () => {
  it('components may import lib/engine and other components', async () => {
    const code = [
      "import { Section } from '@/components/ui/section';",
      "import { assess } from '@/lib/engine';",
      'export const parts = [Section, assess];',
      '',
    ].join('\n');
    expect(await lint('components/guide/probe.tsx', code)).toEqual([]);
  });

  it('app may import components and lib', async () => {
    const code = [
      "import { Section } from '@/components/ui/section';",
      "import { assess } from '@/lib/engine';",
      'export const parts = [Section, assess];',
      '',
    ].join('\n');
    expect(await lint('app/guide/probe.tsx', code)).toEqual([]);
  });

  it('lib may import lib and plain packages', async () => {
    const code = [
      "import * as z from 'zod/mini';",
      "import { assess } from '@/lib/engine';",
      "import { PERSPECTIVES } from '../engine/types';",
      'export const parts = [z, assess, PERSPECTIVES];',
      '',
    ].join('\n');
    expect(await lint('lib/share/probe.ts', code)).toEqual([]);
  });

  it('tests sit outside the layers and may import anything', async () => {
    const code = [
      "import { useState } from 'react';",
      "import HomePage from '@/app/(en)/page';",
      "import { Section } from '@/components/ui/section';",
      'export const parts = [useState, HomePage, Section];',
      '',
    ].join('\n');
    expect(await lint('tests/unit/probe.test.ts', code)).toEqual([]);
  });
});
