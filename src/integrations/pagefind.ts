/**
 * Builds the Pagefind search index inside `astro build`, so every build leaves a fresh index in dist/pagefind/.
 * Pagefind's indexer (its command line) is a process of its own: `pagefindIndex` starts it at `astro:build:done`,
 * after the content check's last gate, and returns, so the end steps after it (headers, sitemap, social images) run
 * on the main thread while Pagefind indexes on the other core; `pagefindIndexWritten`, the last integration, waits
 * for the index and fails the build on any Pagefind error. Pagefind has no incremental update: every build indexes
 * every page.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { spawn } from 'node:child_process';
import { mark } from './build-phases.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/**
 * Pagefind's command line, run with this Node. It writes the same index as the Node API (`createIndex`, `addDirectory`,
 * `writeFiles`), byte for byte, in less time: the API's service writes the index files more slowly (see
 * docs/performance.md, 3 December 2026).
 */
const PAGEFIND_CLI = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/** Runs Pagefind's command line; resolves with its output, rejects with it when Pagefind fails. */
function runPagefind(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`Pagefind stopped (exit ${code}):\n${output.trim()}`)),
    );
  });
}

/**
 * Indexes the HTML pages in `site` into `site`/pagefind, as they are: the pages carry the spaces Pagefind needs
 * between adjacent fields (src/middleware.ts). Resolves with how many pages Pagefind indexed (those that carry
 * `data-pagefind-body`: lists and utility pages are left out); rejects with Pagefind's output when Pagefind fails.
 */
export async function indexSite(site: string): Promise<number> {
  const output = await runPagefind(['--site', site, '--output-path', join(site, 'pagefind')]);
  const pages = /Total:[\s\S]*?Indexed (\d+) pages?/.exec(output)?.[1];
  if (pages === undefined) throw new Error(`Pagefind did not say how many pages it indexed:\n${output.trim()}`);
  return Number(pages);
}

/** Builds the index of the site in `site` into `site`/pagefind. */
async function buildIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const pages = await indexSite(site);
  logger.info(`indexed ${pages} pages into ${join(site, 'pagefind')}`);
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
