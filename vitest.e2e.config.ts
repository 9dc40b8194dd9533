import { defineConfig, mergeConfig } from 'vitest/config';
import unitConfig from './vitest.config.ts';

// Browser tests need Debian's chromium; they run apart from `npm test` (see .ci/run).
export default mergeConfig(
  unitConfig,
  defineConfig({
    test: {
      include: ['tests/e2e/**/*.e2e.ts'],
      exclude: ['node_modules/**'],
      testTimeout: 120_000,
      hookTimeout: 120_000,
      fileParallelism: false,
    },
  }),
);
