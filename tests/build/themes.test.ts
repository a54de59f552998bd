// A theme's numbers count a National Action Plan only where its coverage addresses the theme, fully or partly:
// the theme page's figures, its "Referenced by", the themes index and the search filters of the plans agree
// with the coverage recomputed here from the records.
import { contentRoot } from '../../src/lib/content-root.ts';
import { describe, expect, inject, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { coverageOfTheme, type CoverageInput } from '../../src/lib/link-graph.ts';
import { MONITORED_THEMES } from '../../src/schemas/naps.ts';
import { paths } from '../../src/lib/urls.ts';
import { page } from '../helpers/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = inject('distDir');
const { records } = loadContent(contentRoot(root), root);
const naps = records.filter((r) => r.collection === 'naps') as unknown as CoverageInput[];
const themeLabel = (id: string) =>
  (records.find((r) => r.collection === 'themes' && r.id === id)!.data as { label: string }).label;

describe('theme pages count plans by their coverage', () => {
  for (const theme of ['supply-chains', 'demand']) {
    it(`/themes/${theme}/ shows addressed, partly, not addressed and unknown as the records say`, () => {
      const expected = coverageOfTheme(naps, theme);
      const dom = page(dist, paths.theme(theme)).dom;
      const section = dom.querySelector('.nap-coverage')!;
      expect(section, 'the coverage section').not.toBeNull();
      for (const status of ['addressed', 'partly', 'not-addressed', 'unknown'] as const) {
        expect(section.querySelector(`[data-coverage="${status}"]`)!.text.trim(), status).toBe(
          String(expected[status].length),
        );
      }
      expect(
        expected.addressed.length + expected.partly.length + expected['not-addressed'].length + expected.unknown.length,
      ).toBe(naps.length);
      // The plans listed are the addressed, partly and not-addressed ones, never the unknown.
      const listed = section
        .querySelectorAll('ul a')
        .map((a) => a.getAttribute('href'))
        .sort();
      expect(listed).toEqual(
        [...expected.addressed, ...expected.partly, ...expected['not-addressed']].map((id) => paths.nap(id)).sort(),
      );
      // "Referenced by" does not repeat them under National Action Plans.
      expect(dom.querySelector('.referenced-by')!.text).not.toMatch(/National Action Plans \(/);
    });
  }

  it("a plan's search filters name only the monitored themes it addresses, fully or partly", () => {
    for (const n of naps) {
      const filtered = page(dist, paths.nap(n.id))
        .dom.querySelectorAll('[data-pagefind-filter="theme"]')
        .map((s) => s.text)
        .sort();
      const counted = MONITORED_THEMES.filter((t) => {
        const c = coverageOfTheme([n], t);
        return c.addressed.length + c.partly.length > 0;
      })
        .map(themeLabel)
        .sort();
      expect(filtered, n.id).toEqual(counted);
    }
  });
});
