/**
 * Builds the real site once for the build and browser projects (however many of them run): at the domain root (dist/) and under a
 * sub-path (dist-subpath/, base /kb/), then serves the root build with `astro preview`.
 * KB_TEST_REUSE_BUILD=1 reuses existing builds while iterating on tests. KB_TEST_OUT_DIR puts the three builds
 * and their caches in another folder, so two test runs in one working tree never write over each other's build
 * (their builds must still not overlap in time: see below).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';
import { TEST_REPO_URL, TEST_SITE_URL } from './helpers/test-site.ts';
import { startHtmlCheck } from './helpers/html-check.ts';
import { haveJava } from './helpers/java.ts';
import { astroBuild } from './helpers/run.ts';

const root = resolve(import.meta.dirname, '..');
export const SUBPATH_BASE = '/kb/';

async function build(env: Record<string, string>) {
  const { status, output } = await astroBuild({ SITE_URL: TEST_SITE_URL, ...env });
  if (status !== 0) throw new Error(`The site did not build:\n${output}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureSiteUrl: string;
    distDir: string;
    fixtureDistDir: string;
    subpathDistDir: string;
    subpathBase: string;
    htmlCheckFile: string;
  }
}

interface SharedSite {
  context: {
    siteUrl: string;
    fixtureSiteUrl: string;
    distDir: string;
    subpathDistDir: string;
    fixtureDistDir: string;
    subpathBase: string;
    htmlCheckFile: string;
  };
  /** Starts the HTML checker on the root build (once, for the build project). */
  checkHtml: () => void;
  stop: () => Promise<void>;
}

/** Builds the three sites and starts their servers. */
async function startSite(): Promise<SharedSite> {
  const out = process.env.KB_TEST_OUT_DIR ? resolve(process.env.KB_TEST_OUT_DIR) : root;
  const cache = (name: string) => resolve(out === root ? resolve(root, 'node_modules') : out, name);
  const distDir = resolve(out, 'dist');
  const subpathDistDir = resolve(out, 'dist-subpath');
  const fixtureDistDir = resolve(out, 'dist-fixture');
  const reuse =
    process.env.KB_TEST_REUSE_BUILD === '1' && [distDir, subpathDistDir, fixtureDistDir].every((d) => existsSync(d));
  if (!reuse) {
    // One after another: builds share the project's .astro/ folder, where Astro writes the list of a content
    // folder's MDX modules (the fixture has some, the real content none). Side by side, one build reads the other's.
    // The root build links to a repository (edit and correction links); the sub-path build has none configured.
    await build({ REPO_URL: TEST_REPO_URL, KB_OUT_DIR: distDir, KB_CACHE_DIR: cache('.astro') });
    await build({ BASE_PATH: SUBPATH_BASE, KB_OUT_DIR: subpathDistDir, KB_CACHE_DIR: cache('.astro-subpath') });
    // The fixture corpus: .md and .mdx records, GFM, a component, and hostile text for the search page.
    await build({
      KB_CONTENT_DIR: resolve(root, 'tests/fixtures/content-base'),
      KB_OUT_DIR: fixtureDistDir,
      KB_CACHE_DIR: cache('.astro-fixture'),
    });
  }
  const htmlCheckFile = cache('.html-check.json');
  let stopHtmlCheck: (() => void) | undefined;
  // KB_TEST_PORT moves both servers, for a second test run beside the first.
  const port = Number(process.env.KB_TEST_PORT ?? 4399);
  const server = await preview({ root, outDir: distDir, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  const fixtureServer = await preview({
    root,
    outDir: fixtureDistDir,
    logLevel: 'error',
    server: { port: port - 1, host: '127.0.0.1' },
  });
  return {
    context: {
      siteUrl: `http://127.0.0.1:${server.port}/`,
      fixtureSiteUrl: `http://127.0.0.1:${fixtureServer.port}/`,
      distDir,
      subpathDistDir,
      fixtureDistDir,
      subpathBase: SUBPATH_BASE,
      htmlCheckFile,
    },
    checkHtml: () => {
      stopHtmlCheck ??= startHtmlCheck(distDir, htmlCheckFile);
    },
    stop: async () => {
      stopHtmlCheck?.();
      await server.stop();
      await fixtureServer.stop();
    },
  };
}

// The build and browser projects both name this setup and Vitest runs it once per project, in one process:
// the first call builds and serves, the others share it, and the last teardown stops the servers.
const shared = globalThis as { kbSite?: { site: Promise<SharedSite>; users: number } };

export default async function setup(project: TestProject) {
  shared.kbSite ??= { site: startSite(), users: 0 };
  shared.kbSite.users++;
  const site = await shared.kbSite.site;
  const { context } = site;
  // The build project's HTML check runs in Java beside the other tests, from now on (tests/helpers/html-check.ts).
  if (project.name === 'build' && haveJava) site.checkHtml();
  for (const [key, value] of Object.entries(context)) project.provide(key as keyof typeof context, value);
  return async () => {
    const mine = shared.kbSite;
    if (!mine || --mine.users > 0) return;
    delete shared.kbSite;
    await (await mine.site).stop();
  };
}
