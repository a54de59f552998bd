// Bad content stops the real build with every problem listed; good content in .md and .mdx builds.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { baseContent, brokenContent, buildContent, buildDir } from '../helpers/fixtures.ts';

/** One `astro build` of `contentDir` in a fresh folder. */
const build = (contentDir: string, env: Record<string, string | undefined> = {}) =>
  buildContent(contentDir, buildDir('errors'), env);

describe('the build and bad content', () => {
  it('fails on broken content, naming each file, line, field and fix', async () => {
    const dir = brokenContent('many-problems');
    const { status, output, dist } = await build(dir);
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

  it('stops a build that does not say where the site will live (SITE_URL), before writing any page', async () => {
    const { status, output, dist } = await build(baseContent(), { SITE_URL: '' });
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
