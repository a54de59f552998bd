// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { buildPhases } from './src/integrations/build-phases.ts';
import { pagefindIndex, pagefindIndexWritten } from './src/integrations/pagefind.ts';
import { gitHistory } from './src/integrations/git-history.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { dataStoreFile } from './src/integrations/data-store-file.ts';
import { siteUrlPolicy } from './src/integrations/site-url.ts';
import { previewSlash } from './src/integrations/preview-slash.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { publishOutput, stageOutput } from './src/integrations/staged-output.ts';

// Astro writes into a module that reads a bare `import.meta.env` the value of every environment variable whose name
// appears in its source. `_` (the shell's last command) appears in Astro's own runtime, and its value depends on how
// the build was started, so it would change every page's code hash and make incremental builds render everything.
delete process.env._;

// Deploy at a domain root (default) or under a sub-path: BASE_PATH=/kb/ SITE_URL=https://example.org npm run build.
// A build without SITE_URL stops (src/integrations/site-url.ts); `npm start` previews on localhost.
export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  // Separate caches let the benchmark and the broken-content tests build other content dirs side by side.
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Stylesheets inline in each page (ADR 0017): no render-blocking request, one layout instead of two on a phone.
  // Eight pages in flight at once (ADR 0020): one at a time, the build idled while each page's files were written.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  integrations: [
    // buildPhases first: it times each build step for `npm run bench` (KB_PHASES_FILE; nothing otherwise).
    buildPhases(),
    // The site is written into a staging folder and moved into outDir at the end, once every step has passed (ADR 0023).
    stageOutput(),
    siteUrlPolicy(),
    contentCheck(),
    // The content store read from its file when pages are built, not compiled into the build (ADR 0018).
    dataStoreFile(),
    mdx(),
    pagefindIndex(),
    securityHeaders(),
    // sitemap-index.xml and sitemap-0.xml: every page (not the 404 page, nor feeds and CSV), absolute on SITE_URL + base.
    sitemap({ filter: (url) => url.endsWith('/') }),
    previewSlash(),
    ogImages(),
    gitHistory(),
    // Last: waits for the search index pagefindIndex() started, which runs beside the steps above.
    pagefindIndexWritten(),
    // After everything: moves the staged site into outDir.
    publishOutput(),
  ],
  // One summary line per build stage instead of a line per page; KB_VERBOSE=1 or `--verbose` shows them all.
  logger: { entrypoint: './src/integrations/quiet-log.mjs' },
  server: { port: 4321 },
  devToolbar: { enabled: false },
  // Incremental builds: a record page, or a record's JSON file, whose cache key (src/lib/page-keys.ts, ADR 0015) and
  // code are unchanged since the last build in the same cache directory is copied from it instead of rendered again.
  experimental: { incrementalBuild: true },
  // No syntax highlighting: records have no code, and Shiki's inline styles would break the CSP below.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy as a <meta> on every page: Astro hashes each script and style it emits. The same policy,
  // plus what only a header can carry (frame-ancestors), is written to dist/_headers; see docs/security.md.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
