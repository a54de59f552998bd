// knip: unused files, exports and dependencies. Run by `npm run lint:code` (and so by `npm test`).
// Astro's pages, content config and astro.config.mjs, Vitest's config and tests, ESLint's and Prettier's configs are
// found by knip's own plugins; only what those cannot see is listed here, each with its reason.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Command-line scripts run by npm scripts or by hand (`node scripts/….ts`).
    'scripts/*.ts',
    // Loaded with `node --import` by scripts/bench.ts (a path in a string, not an import).
    'scripts/bench/rss-probe.mjs',
    // The benchmark's bare Astro project, a second site that scripts/bench.ts builds by path.
    'scripts/bench/bare/astro.config.mjs',
    'scripts/bench/bare/src/content.config.ts',
    'scripts/bench/bare/src/pages/**/*.astro',
  ],
  // Fixture records under tests/fixtures/ are content read through the content loader, not modules: left out.
  project: [
    'src/**/*.{ts,astro,mjs,mdx}',
    'scripts/**/*.{ts,mjs}',
    'tests/*.ts',
    'tests/{unit,build,browser,helpers}/**/*.ts',
  ],
  ignoreDependencies: [
    // Read from disk by path (tests/helpers/browser.ts resolves axe.min.js and injects it into the page).
    'axe-core',
    // A Java archive run by path (tests/build/site.test.ts runs node_modules/vnu-jar/build/dist/vnu.jar).
    'vnu-jar',
  ],
  // A constant exported for its tests and also used inside its own module is not dead code.
  ignoreExportsUsedInFile: true,
};

export default config;
