// The bare baseline of `npm run bench`: the same corpus (KB_CONTENT_DIR) built by Astro with its defaults
// (Sätteri for Markdown), a minimal layout, no content linter and no integrations (but @astrojs/mdx for .mdx
// bodies). The benchmark runs Pagefind on its output, so `project ÷ bare` compares like with like.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://kb.example.org',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: process.env.KB_BARE_MDX === '1' ? [mdx()] : [],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
