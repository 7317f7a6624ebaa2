import { defineConfig, globalIgnores } from 'eslint/config';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import boundaries from 'eslint-plugin-boundaries';

// The architecture, as lint: app/ (routes) may use components/ and lib/; components/ may use
// components/ and lib/; lib/ (pure domain logic) may use only lib/. tests/, scripts/ and config
// files belong to no layer, so they may import anything.
const layers = {
  files: ['app/**', 'components/**', 'lib/**'],
  plugins: { boundaries },
  settings: {
    // partialMatch: false anchors each pattern at the project root, so a folder named app or
    // lib deeper in the tree is not mistaken for a layer.
    'boundaries/elements': [
      { type: 'app', pattern: 'app', partialMatch: false },
      { type: 'components', pattern: 'components', partialMatch: false },
      { type: 'lib', pattern: 'lib', partialMatch: false },
      // The interface's words (content/messages/*.json), read by the pages and the i18n setup.
      { type: 'content', pattern: 'content', partialMatch: false },
    ],
    // '@/...' imports must resolve to real files for the rule to know their layer (an
    // unresolved one counts as external and slips through). eslint-config-next registers this
    // resolver too, by its own path; naming it here keeps the rule working if that changes.
    'import/resolver': {
      typescript: { project: './tsconfig.json', alwaysTryTypes: true },
    },
    // Static imports, re-exports and import(): the ways code here reaches another module.
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        // A layer may not reach into tests/, scripts/ or root config either.
        checkUnknownLocals: true,
        policies: [
          {
            from: { element: { type: 'app' } },
            allow: { to: { element: { types: { anyOf: ['app', 'components', 'lib', 'content'] } } } },
          },
          {
            from: { element: { type: 'components' } },
            allow: { to: { element: { types: { anyOf: ['components', 'lib', 'content'] } } } },
          },
          {
            from: { element: { type: 'lib' } },
            allow: { to: { element: { types: { anyOf: ['lib', 'content'] } } } },
          },
        ],
      },
    ],
  },
};

// lib/ holds the engine, the share codec and the content loaders: keep them framework-free so
// they run the same in tests, on the server and in the browser.
const frameworkFreeLib = {
  files: ['lib/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(react|react-dom|next|zustand)(/.*)?$',
            message: 'lib/ stays framework-free: no React, next or zustand. Put this in components/.',
          },
        ],
      },
    ],
  },
};

export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypescript,
  prettier,
  layers,
  frameworkFreeLib,
  globalIgnores([
    '.next/**',
    'out/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    // Built by scripts/build-sw.mjs from lib/offline/sw.ts.
    'public/sw.js',
  ]),
]);
