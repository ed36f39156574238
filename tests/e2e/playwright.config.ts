import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium with the built extension (tests/e2e/harness.ts).
 * One worker: each test launches its own browser profile, and the machine has 2 cores.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../.artifacts/playwright',
  globalSetup: './global-setup.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME
    ? [['list'], ['json']]
    : [['list']],
  use: { trace: 'off' },
});
