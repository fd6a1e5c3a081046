import { defineConfig } from 'vitest/config';

// End-to-end in Firefox ESR over WebDriver BiDi: the built Firefox extension (dist/firefox).
// One browser per file, one file at a time: Firefox is slow to start on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e-firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
