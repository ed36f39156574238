import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = resolve(import.meta.dirname, '..');

/**
 * Unit, component and background tests. WxtVitest installs WXT's fake browser (storage, alarms,
 * notifications… in memory) and resolves `#imports`. Component tests run in happy-dom.
 * The fixed top level has no slot for this file, so it lives in tests/ (style-anchors "Open points").
 */
export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    include: ['tests/{unit,components,entrypoints,meta}/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        // Fixture pages link their stylesheets: do not fetch them in unit tests.
        settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
      },
    },
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    mockReset: true,
  },
});
