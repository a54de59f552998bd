// Bad content stops the real build with every problem listed; good content in .md and .mdx builds.
import { describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { baseContent, brokenContent, buildDir } from '../helpers/fixtures.ts';

const root = resolve(import.meta.dirname, '../..');

function build(contentDir: string, extraEnv: Record<string, string | undefined> = {}) {
  const out = buildDir('errors');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_URL: 'https://kb.example.org',
      KB_CONTENT_DIR: contentDir,
      KB_OUT_DIR: join(out, 'dist'),
      KB_CACHE_DIR: join(out, 'cache'),
      ...extraEnv,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: join(out, 'dist') };
}

describe('the build and bad content', () => {
  it('fails on broken content, naming each file, line, field and fix', () => {
    const dir = brokenContent('many-problems');
    const { status, output, dist } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /naps\/md-2024-2027\.md:\d+:\d+ {2}title: required field "title" is missing\n {4}fix: add `title:`/,
    );
    expect(output).toMatch(
      /naps\/md-2024-2027\.md:\d+:\d+ {2}country: unknown country "zz"\n {4}fix: use an ISO 3166-1 alpha-2 code/,
    );
    expect(output).toMatch(/press\/2021-11-16-fixture\.md:\d+:\d+ {2}footnote \[\^9\] has no definition/);
    expect(output).toMatch(/4 content problems found/);
    // Our list and its one-line summary, never a stack trace after it.
    expect(output).not.toMatch(/^\s+at .*(:\d+:\d+\)?|<anonymous>\)?)$/m);
    expect(output).not.toMatch(/Stack trace|node_modules\/astro\/dist/);
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  });

  it('stops a build that does not say where the site will live (SITE_URL), before writing any page', () => {
    const { status, output, dist } = build(baseContent(), { SITE_URL: '' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/SITE_URL is not set\. Say where the site will be served/);
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  });

  it('builds valid content with .md and .mdx records, rendering GFM and the provided component', () => {
    // Built by the global setup from tests/fixtures/content-base.
    const dist = inject('fixtureDistDir');
    const article = parse(readFileSync(join(dist, 'convention/articles/12/index.html'), 'utf8'));
    expect(article.querySelector('table tbody td')?.text).toBe('a');
    // The rendered footnote, not the body's own words: a reference in the text that leads to its note, and back.
    const ref = article.querySelector('sup a[data-footnote-ref]');
    expect(ref?.getAttribute('href')).toBe('#user-content-fn-1');
    const note = article.querySelector('section[data-footnotes] li#user-content-fn-1');
    expect(note?.text).toContain('Fixture footnote.');
    expect(note?.querySelector('a[data-footnote-backref]')?.getAttribute('href')).toBe(`#${ref?.getAttribute('id')}`);
    const practice = readFileSync(join(dist, 'practices/fixture-practice/index.html'), 'utf8');
    expect(practice).toMatch(/<aside class="callout callout-note"/);
  });
});
