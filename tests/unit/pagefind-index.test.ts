// The search index step on a two-page folder: Pagefind's command line indexes the spaced copy, so fields stay
// apart, pages without data-pagefind-body stay out, the copy is removed, and a Pagefind failure rejects with
// Pagefind's own words.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { indexSite } from '../../src/integrations/pagefind.ts';

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

/** The indexed text of every page, from Pagefind's fragments (gzipped JSON after a "pagefind_dcd" signature). */
function indexedContent(dir: string): string[] {
  const fragments = join(dir, 'pagefind', 'fragment');
  return readdirSync(fragments).map(
    (f) =>
      (
        JSON.parse(
          gunzipSync(readFileSync(join(fragments, f)))
            .toString()
            .replace(/^pagefind_dcd/, ''),
        ) as { content: string }
      ).content,
  );
}

describe('search index step', () => {
  it('indexes the pages that carry data-pagefind-body, with a space between fields', async () => {
    const dir = site({
      'record/index.html':
        '<main data-pagefind-body><h1>Moldova</h1><dl><dt>OSCE</dt><dd>OSCE participating State</dd></dl></main>',
      'list/index.html': '<main><h1>A list</h1></main>',
    });
    const scratch = site({});
    await expect(indexSite(dir, scratch)).resolves.toBe(1);
    expect(readdirSync(scratch)).toEqual([]); // the spaced copy is gone
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(1);
    const [content, ...rest] = indexedContent(dir);
    expect(rest).toEqual([]);
    expect(content).toContain('OSCE OSCE participating State');
    expect(content).not.toContain('OSCEOSCE');
  });

  it("rejects with Pagefind's message when there is nothing to index", async () => {
    const dir = site({});
    const scratch = site({});
    await expect(indexSite(dir, scratch)).rejects.toThrow(
      /Pagefind stopped \(exit 1\):[\s\S]*not able to build an index/,
    );
  });
});
