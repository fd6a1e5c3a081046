import { defineConfig } from 'vitest/config';

// Unit tests: pure modules in node, DOM code under happy-dom (per file, by a comment).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup/user-input.ts'],
    // DOM tests stand on LinkedIn's origin, so they can navigate within it like the site does.
    environmentOptions: { happyDOM: { url: 'https://www.linkedin.com/' } },
  },
});
