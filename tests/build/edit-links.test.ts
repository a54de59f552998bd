// Every record page: "Edit this page" (the file in the web editor) and "Suggest a correction" when REPO_URL is set
// (the root test build), none when it is not (the sub-path build); "Last updated" true to the file's git history.
import { describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { contentRoot } from '../../src/lib/content-root.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { historyStatus } from '../../src/lib/git-dates.ts';
import { recordUrl } from '../../src/lib/urls.ts';
import { page } from '../helpers/built-site.ts';
import { TEST_REPO_URL, TEST_SITE_URL } from '../helpers/test-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = inject('distDir');
const subDist = inject('subpathDistDir');
const { records } = loadContent(contentRoot(root), root);
const entries = records.filter((r) =>
  ['convention', 'commitments', 'naps', 'practices', 'press', 'people'].includes(r.collection),
);

describe('edit links and last updated', () => {
  it('every record page links its file in the web editor and a correction form with its address', () => {
    expect(entries.length).toBeGreaterThan(200);
    for (const r of entries) {
      const path = recordUrl(r.collection, r.id)!;
      const p = page(dist, path);
      const edit = p.dom.querySelector('.edit-links a[href*="/edit/"]')?.getAttribute('href');
      expect(edit, path).toBe(`${TEST_REPO_URL}/edit/main/${r.file}`);
      const correction = new URL(p.dom.querySelector('.edit-links a[href*="/issues/new"]')!.getAttribute('href')!);
      expect(correction.searchParams.get('page')).toBe(`${TEST_SITE_URL}${path}`);
    }
  });

  it('without REPO_URL there are no edit or correction links', () => {
    const p = page(subDist, recordUrl('convention', 'article-10')!);
    expect(p.dom.querySelectorAll('.edit-links a[href*="/edit/"], .edit-links a[href*="/issues/new"]')).toHaveLength(0);
  });

  it.skipIf(historyStatus(root) !== 'full')(
    '"Last updated" is the day of the last commit of the file, as git itself says',
    () => {
      let dated = 0;
      for (const r of entries) {
        const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', r.file], {
          cwd: root,
          encoding: 'utf8',
        })
          .trim()
          .slice(0, 10);
        const shown = page(dist, recordUrl(r.collection, r.id)!)
          .dom.querySelector('[data-last-updated]')
          ?.getAttribute('data-last-updated');
        if (expected) {
          expect(shown, r.file).toBe(expected);
          dated++;
        } else expect(shown, r.file).toBeUndefined(); // a file not committed yet has no date
      }
      expect(dated).toBeGreaterThan(0);
    },
  );
});
