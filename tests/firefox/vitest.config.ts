import { defineConfig } from 'vitest/config';

/**
 * Firefox end-to-end tests (puppeteer-core + firefox-esr over WebDriver BiDi), run by vitest in
 * Node. They need the Firefox build in .output/firefox-mv2 (tests/run-all.mjs builds it first).
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
