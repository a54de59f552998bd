// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Deploy at a domain root (default) or under a sub-path: BASE_PATH=/kb/ SITE_URL=https://example.org npm run build
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  // Separate caches let the benchmark and the broken-content tests build other content dirs side by side.
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  server: { port: 4321 },
  devToolbar: { enabled: false },
});
