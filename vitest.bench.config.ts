import { defineConfig } from 'vitest/config';

// `npm run bench`: prints figures; nothing here passes or fails on time.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
