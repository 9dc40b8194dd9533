import { defineConfig } from 'vitest/config';
import unitConfig from './vitest.config.ts';

// Browser tests need Debian's chromium; they run apart from `npm test` (see .ci/run). Only the
// module resolution is shared with the unit tests (mergeConfig would also merge their globs).
export default defineConfig({
  resolve: unitConfig.resolve,
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
