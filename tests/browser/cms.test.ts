// The web editor round trip: Decap's local backend (decap-server) on a copy of the content tree, /admin/ of the built
// site in Chromium, a new National Action Plan made through the form, and the file it writes passes the content check.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { parse as parseHtml } from 'node-html-parser';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { metaPolicy } from '../../src/integrations/security-headers.ts';
import { htmlFiles } from '../helpers/built-site.ts';
import { haveChromium, launch } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
const root = resolve(import.meta.dirname, '../..');
const decapServer = join(dirname(createRequire(import.meta.url).resolve('decap-server/package.json')), 'dist/index.js');

/** Starts decap-server on port 8081 (the address Decap looks for) over `repo`, and waits until it listens. */
async function startLocalBackend(repo: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [decapServer], {
    env: { ...process.env, GIT_REPO_DIRECTORY: repo, MODE: 'fs', PORT: '8081', BIND_HOST: '127.0.0.1' },
    stdio: 'pipe',
  });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch('http://127.0.0.1:8081/api/v1', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('decap-server did not start on port 8081');
}

describe.skipIf(!haveChromium)('web editor (/admin/)', () => {
  let browser: Browser;
  let page: Page;
  let server: ChildProcess;
  let repo: string;
  const errors: string[] = [];

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'kb-cms-'));
    cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
    server = await startLocalBackend(repo);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('creates a National Action Plan through the form; the file it writes passes the content check', async () => {
    // Decap's bundle is 5 MB: wait for the document, then for its login button, not for every chunk.
    await page.goto(`${siteUrl}admin/`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page.getByRole('button', { name: /login/i }).click({ timeout: 90_000 });
    await page.goto(`${siteUrl}admin/#/collections/naps/new`);
    const byLabel = (text: string) => page.getByLabel(text, { exact: true });
    const choose = async (label: string, option: string) => {
      await byLabel(label).fill(option);
      await page.getByRole('option', { name: option }).first().click();
    };
    await choose('Country', 'Greece (gr)');
    await byLabel('Title').first().fill('Example: the title of the plan in English');
    await byLabel('From').fill('2024');
    await byLabel('To').fill('2026');
    await byLabel('Summary').fill('Example: what the plan does, in one to three sentences of our own words.');
    await page.getByRole('button', { name: /add sources/i }).click();
    await byLabel('Publisher').fill('Test publisher');
    await byLabel('Title').nth(1).fill('Test source');
    await byLabel('Url').fill('https://example.org/plan');
    await byLabel('Checked').fill('2026-01-15');
    await page.getByRole('button', { name: /^publish$/i }).click();
    await page.getByRole('menuitem', { name: /publish now/i }).click();

    const file = join(repo, 'content/naps/gr-2024-2026.md');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^country: gr$/m);
    const problems = checkContent(join(repo, 'content'), repo).filter((p) => p.file.endsWith('naps/gr-2024-2026.md'));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  }, 240_000);
});

describe('web editor in the build', () => {
  const admin = readFileSync(join(dist, 'admin/index.html'), 'utf8');
  it('is its own page: its own policy, not indexed for search, not in the sitemap', () => {
    expect(metaPolicy(admin)).toMatch(
      /^default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline';/,
    );
    expect(parseHtml(admin).querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(admin).not.toContain('data-pagefind-body');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(
      /\n\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'/,
    );
  });
  it("loads Decap's script, which no other page does", () => {
    expect(admin).toContain('<script src="decap-cms.js"></script>');
    expect(existsSync(join(dist, 'admin/decap-cms.js'))).toBe(true);
    expect(htmlFiles(dist).filter((f) => readFileSync(f, 'utf8').includes('decap-cms'))).toEqual([]);
  });
  it('has a configuration generated from the schemas, on the editorial workflow', () => {
    const config = parse(readFileSync(join(dist, 'admin/config.yml'), 'utf8'));
    expect(config).toMatchObject({
      local_backend: true,
      publish_mode: 'editorial_workflow',
      backend: { name: 'github', branch: 'main' },
    });
    expect(config.collections.map((c: { name: string }) => c.name)).toEqual([
      'naps',
      'practices',
      'press',
      'people',
      'convention',
    ]);
  });
});
