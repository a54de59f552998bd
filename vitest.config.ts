import { defineConfig } from 'vitest/config';

// Three speeds, as Starlight splits its own: `unit` never builds and runs its files in one process; `build` reads the
// built sites and `browser` drives Chromium through them. Both share one set of builds (tests/global-setup.ts,
// run once however many projects ask for it); each runs its files one after another.
// Run one with `npx vitest run --project unit` (or `build`, or `browser`).
// Like the unit files (ADR 0019), their files share one process and its imported modules: a fresh process per file
// cost about 1 s each (build and browser together: 217 s with, 192 s without).
const site = { globalSetup: ['tests/global-setup.ts'], fileParallelism: false, isolate: false };
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      // Unit files share one process and its module graph (ADR 0019): importing the schemas, the linter and the map
      // data once instead of once per file is most of the gain (about 20 s → 14 s).
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, fileParallelism: false },
      },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...site } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...site } },
    ],
  },
});
