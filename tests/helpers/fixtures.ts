import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { astroBuild, type Ran } from './run.ts';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** A content dir: the valid base fixture with one broken case laid over it. */
export function brokenContent(caseName: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kb-${caseName}-`));
  cpSync(join(FIXTURES, 'content-base'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'broken', caseName), dir, { recursive: true });
  return dir;
}

/** A fresh copy of the valid base fixture, to lay one file over. */
export function baseContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-base-'));
  cpSync(join(FIXTURES, 'content-base'), dir, { recursive: true });
  return dir;
}

const BUILDS = resolve(import.meta.dirname, '../../node_modules/.cache/kb-builds');

/**
 * A folder for one build's output and cache, removed when the test ends. Inside the project: Astro writes the page
 * code of a build whose output lies outside the project into the project's own .astro/.prerender/, which two builds
 * side by side (here, or in another test run) would share and break.
 */
export function buildDir(prefix: string): string {
  mkdirSync(BUILDS, { recursive: true });
  const dir = mkdtempSync(join(BUILDS, `${prefix}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface FixtureBuild extends Ran {
  /** The built site: `dir`/dist. */
  dist: string;
}

/** `astro build` of `contentDir` into `dir`/dist, with Astro's cache in `dir`/cache, and `env` on top. */
export async function buildContent(
  contentDir: string,
  dir: string,
  env: Record<string, string | undefined> = {},
): Promise<FixtureBuild> {
  const dist = join(dir, 'dist');
  const ran = await astroBuild({
    SITE_URL: 'https://kb.example.org',
    KB_CONTENT_DIR: contentDir,
    KB_OUT_DIR: dist,
    KB_CACHE_DIR: join(dir, 'cache'),
    ...env,
  });
  return { ...ran, dist };
}
