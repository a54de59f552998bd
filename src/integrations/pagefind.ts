/**
 * Builds the Pagefind search index inside `astro build`, so every build leaves a fresh index in dist/pagefind/.
 * Pagefind's indexer is a process of its own: `pagefindIndex` starts it at `astro:build:done`, after the content
 * check's last gate, and returns, so the end steps after it (headers, sitemap, social images) run on the main thread
 * while Pagefind indexes on the other core; `pagefindIndexWritten`, the last integration, waits for the index and
 * fails the build on any Pagefind error. Pagefind has no incremental update: every build indexes every page.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { mark } from './build-phases.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/**
 * Pagefind joins the text of adjacent elements it does not treat as blocks ("OSCEOSCE participating State" from
 * `<dt>OSCE</dt><dd>OSCE participating State</dd>`). What it indexes gets a space after each closing tag of such
 * elements; the pages written to dist/ are not changed.
 */
export function spacedForIndex(html: string): string {
  return html.replace(/<\/(dt|dd|td|th|li|caption|figcaption|summary|p|div|section|blockquote|h[1-6])>/gi, '$& ');
}

/**
 * Copies every HTML page of the built site into `copy`, with `spacedForIndex` applied, for Pagefind's
 * `addDirectory`, and returns how many of them Pagefind will index. Given a folder, Pagefind reads and parses the
 * pages on every core; passing each page through its service (`addHTMLFile`) took longer (see docs/performance.md).
 */
function copySpaced(site: string, copy: string): number {
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`),
  );
  let indexed = 0;
  for (const file of files) {
    const html = readFileSync(join(site, file), 'utf8');
    // Pages without data-pagefind-body (lists, utility pages) are left out by Pagefind itself.
    if (html.includes('data-pagefind-body')) indexed++;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    writeFileSync(join(copy, file), spacedForIndex(html));
  }
  return indexed;
}

/** Builds the index of the site in `site` into `site`/pagefind. */
async function buildIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const copy = mkdtempSync(join(tmpdir(), 'kb-pagefind-'));
  let added: { errors: string[] };
  let pages: number;
  try {
    pages = copySpaced(site, copy);
    added = await index.addDirectory({ path: copy });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  logger.info(`indexed ${pages} pages into ${join(site, 'pagefind')}`);
  await pagefind.close();
  mark('pagefind:end');
}

/** The index being built by this build, awaited by `pagefindIndexWritten`. */
let indexing: Promise<void> | undefined;

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
      'astro:build:done': ({ dir, logger }) => {
        mark('pagefind:start');
        indexing = buildIndex(fileURLToPath(dir), logger);
        indexing.catch(() => {}); // awaited by pagefindIndexWritten; never an unhandled rejection meanwhile
      },
    },
  };
}

/** Waits for the index `pagefindIndex` started: list it last, after every other step of `astro:build:done`. */
export function pagefindIndexWritten(): AstroIntegration {
  return {
    name: 'kb:pagefind-written',
    hooks: {
      'astro:build:done': async () => {
        if (!indexing) throw new Error('the search index was not started (pagefindIndex must come before)');
        await indexing;
      },
    },
  };
}
