import { defineConfig } from 'vitest/config';

// Browser tests need Debian's chromium; they run apart from `npm test` (see .ci/run).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
