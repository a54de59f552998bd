/** Builds the Pagefind search index inside `astro build`, so every build leaves a fresh index in dist/pagefind/. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import * as pagefind from 'pagefind';

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kb:pagefind',
    hooks: {
      // The dev server answers search from the index of the last build, and says so when there is none.
      'astro:server:setup': ({ server, logger }) => {
        const index = join(process.cwd(), process.env.KB_OUT_DIR ?? 'dist', 'pagefind');
        if (!existsSync(index)) logger.warn('no search index yet: run `npm run build` once so /search/ works in dev');
        else logger.info(`search in dev uses the index of the last build (${index})`);
        server.middlewares.use((req, res, next) => {
          const base = server.config.base.replace(/\/?$/, '/');
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(`${base}pagefind/`)) return next();
          const file = normalize(join(index, path.slice(`${base}pagefind/`.length)));
          if (!file.startsWith(index) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages into ${join(site, 'pagefind')}`);
        await pagefind.close();
      },
    },
  };
}
