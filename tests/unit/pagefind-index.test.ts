// The search index step on a small folder: Pagefind's command line indexes the pages as written, pages without
// data-pagefind-body stay out, and a Pagefind failure rejects with Pagefind's own words. The spacing every page gets
// (src/middleware.ts) keeps fields apart in the index; without it Pagefind runs them together, which is why it exists.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { spacedForIndex } from '../../src/lib/search/index-spacing.ts';

const dirs: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-pagefind-test-'));
  dirs.push(dir);
  for (const [file, body] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(
      join(dir, file),
      `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
    );
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The indexed text of every page by its URL, from Pagefind's fragments (gzipped JSON after a "pagefind_dcd" signature). */
function indexedContent(dir: string): Record<string, string> {
  const fragments = join(dir, 'pagefind', 'fragment');
  const pages = readdirSync(fragments).map(
    (f) =>
      JSON.parse(
        gunzipSync(readFileSync(join(fragments, f)))
          .toString()
          .replace(/^pagefind_dcd/, ''),
      ) as { url: string; content: string },
  );
  return Object.fromEntries(pages.map((p) => [p.url, p.content]));
}

const FIELDS =
  '<h1>Moldova</h1><dl><dt>OSCE</dt><dd>OSCE participating State</dd></dl>' +
  '<table><caption>Coverage</caption><thead><tr><th>Theme</th><th>Status</th></tr></thead></table>';

describe('search index step', () => {
  it('indexes the pages that carry data-pagefind-body, with a space between fields where the page has one', async () => {
    const dir = site({
      'spaced/index.html': spacedForIndex(`<main data-pagefind-body>${FIELDS}</main>`),
      'as-astro-writes-it/index.html': `<main data-pagefind-body>${FIELDS}</main>`,
      'list/index.html': '<main><h1>A list</h1></main>',
    });
    await expect(indexSite(dir)).resolves.toBe(2);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(2);
    const content = indexedContent(dir);
    expect(Object.keys(content).sort()).toEqual(['/as-astro-writes-it/', '/spaced/']);
    expect(content['/spaced/']).toContain('OSCE OSCE participating State');
    expect(content['/spaced/']).toMatch(/Coverage\.? Theme Status/);
    expect(content['/spaced/']).not.toMatch(/OSCEOSCE|CoverageTheme|ThemeStatus/);
    // Pagefind itself runs these fields together: the day it stops, the spacing can go.
    expect(content['/as-astro-writes-it/']).toMatch(/OSCEOSCE/);
    expect(content['/as-astro-writes-it/']).toMatch(/CoverageTheme|ThemeStatus/);
  });

  it('spaces the closing tags of terms, descriptions, header cells and captions, not scripts or styles', () => {
    expect(
      spacedForIndex('<dl><dt>A</dt><dd>B</dd></dl><p>C</p><table><caption>D</caption><tr><th>E</th><td>F</td>'),
    ).toBe('<dl><dt>A</dt> <dd>B</dd> </dl><p>C</p><table><caption>D</caption> <tr><th>E</th> <td>F</td>');
    const verbatim = '<script>const s = "</dd>";</script><style>/* </th> */</style>';
    expect(spacedForIndex(`${verbatim}<dt>x</dt>`)).toBe(`${verbatim}<dt>x</dt> `);
  });

  it("rejects with Pagefind's message when there is nothing to index", async () => {
    const dir = site({});
    await expect(indexSite(dir)).rejects.toThrow(/Pagefind stopped \(exit 1\):[\s\S]*not able to build an index/);
  });
});
