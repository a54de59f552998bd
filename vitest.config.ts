import { defineConfig } from 'vitest/config';

// Three speeds: `unit` never builds and runs files in parallel; `build` and `browser` share one set of
// builds (tests/global-setup.ts) and one Chromium, so their files run one after another.
// Run one with `npx vitest run --project unit` (or build, browser).
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
