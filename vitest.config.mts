import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup/vitest.setup.ts'],
    // A time limit only catches a hang; on a busy 2-core machine the content loader alone can take 10 s.
    testTimeout: 60_000,
  },
});
