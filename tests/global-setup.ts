/**
 * Builds the real site once for the build and browser tests: at the domain root (dist/) and under a
 * sub-path (dist-subpath/, base /kb/), then serves the root build with `astro preview`.
 * KB_TEST_REUSE_BUILD=1 reuses existing builds while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';
import { TEST_REPO_URL, TEST_SITE_URL } from './helpers/test-site.ts';

const root = resolve(import.meta.dirname, '..');
export const SUBPATH_BASE = '/kb/';


function build(env: Record<string, string>) {
  try {
    execFileSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, SITE_URL: TEST_SITE_URL, ...env },
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`The site did not build:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureSiteUrl: string;
    distDir: string;
    fixtureDistDir: string;
    subpathDistDir: string;
    subpathBase: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = resolve(root, 'dist');
  const subpathDistDir = resolve(root, 'dist-subpath');
  const fixtureDistDir = resolve(root, 'dist-fixture');
  const reuse = process.env.KB_TEST_REUSE_BUILD === '1' && [distDir, subpathDistDir, fixtureDistDir].every((d) => existsSync(d));
  if (!reuse) {
    // The root build links to a repository (edit and correction links); the sub-path build has none configured.
    build({ REPO_URL: TEST_REPO_URL });
    build({ BASE_PATH: SUBPATH_BASE, KB_OUT_DIR: subpathDistDir, KB_CACHE_DIR: resolve(root, 'node_modules/.astro-subpath') });
    // The fixture corpus: .md and .mdx records, GFM, a component, and hostile text for the search page.
    build({ KB_CONTENT_DIR: resolve(root, 'tests/fixtures/content-base'), KB_OUT_DIR: fixtureDistDir, KB_CACHE_DIR: resolve(root, 'node_modules/.astro-fixture') });
  }
  const server = await preview({ root, logLevel: 'error', server: { port: 4399, host: '127.0.0.1' } });
  const fixtureServer = await preview({ root, outDir: fixtureDistDir, logLevel: 'error', server: { port: 4398, host: '127.0.0.1' } });
  project.provide('siteUrl', `http://127.0.0.1:${server.port}/`);
  project.provide('fixtureSiteUrl', `http://127.0.0.1:${fixtureServer.port}/`);
  project.provide('distDir', distDir);
  project.provide('subpathDistDir', subpathDistDir);
  project.provide('fixtureDistDir', fixtureDistDir);
  project.provide('subpathBase', SUBPATH_BASE);
  return async () => {
    await server.stop();
    await fixtureServer.stop();
  };
}
