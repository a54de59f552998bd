import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Build and browser tests share one built site and one Chromium; run files one after another.
    fileParallelism: false,
  },
});
