// Good practices on the built site: each practice is listed on the pages of its articles, commitments, themes
// and countries and in both views of /practices/; its page carries the actor-kind and sector search filters.
import { describe, expect, inject, it } from 'vitest';
import { resolve } from 'node:path';
import { contentRoot } from '../../src/lib/content-root.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { PRACTICE_SUMMARIES_UP_TO } from '../../src/lib/practices.ts';
import { paths, recordUrl } from '../../src/lib/urls.ts';
import { ACTOR_KIND_LABELS, SECTOR_LABELS, type ActorKind, type Sector } from '../../src/schemas/practice-vocab.ts';
import { page } from '../helpers/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = inject('distDir');
const { records } = loadContent(contentRoot(root), root);
interface Practice {
  id: string;
  title: string;
  summary: string;
  countries: string[];
  themes: string[];
  articles?: string[];
  commitments?: string[];
  provisions?: { commitment: string; ref: string }[];
  actors: { name: string; kind: ActorKind }[];
  sectors?: Sector[];
  assessments?: { by: string }[];
}
const practices: Practice[] = records
  .filter((r) => r.collection === 'practices')
  .map((r) => ({ id: r.id, ...(r.data as Omit<Practice, 'id'>) }));

/** Links in the "Good practices" section of a built page. */
const practiceLinks = (path: string) => {
  const section = page(dist, path).dom.querySelector('section.good-practices');
  return section ? section.querySelectorAll('a').map((a) => a.getAttribute('href')) : [];
};

/** The pages a practice points to: its articles, commitments (directly or through a provision), themes and countries. */
const targetsOf = (p: Practice) => [
  ...(p.articles ?? []).map((id) => recordUrl('convention', id)!),
  ...[...new Set([...(p.commitments ?? []), ...(p.provisions ?? []).map((x) => x.commitment)])].map((id) =>
    paths.commitment(id),
  ),
  ...p.themes.map((id) => paths.theme(id)),
  ...p.countries.map((id) => paths.country(id)),
];

describe('good practices on the pages they point to', () => {
  it('there are practices to check', () => expect(practices.length).toBeGreaterThan(0));
  for (const p of practices) {
    it(`${p.id} is listed on its articles', commitments', themes' and countries' pages`, () => {
      for (const path of targetsOf(p))
        expect(practiceLinks(path), `${p.id} on ${path}`).toContain(paths.practice(p.id));
    });
  }

  it(`a list of up to ${PRACTICE_SUMMARIES_UP_TO} gives each practice's summary, a longer one titles and countries only`, () => {
    const listed = new Map<string, Practice[]>();
    for (const p of practices) for (const path of targetsOf(p)) listed.set(path, [...(listed.get(path) ?? []), p]);
    const seen = { short: 0, long: 0 };
    for (const [path, list] of listed) {
      const text = page(dist, path).dom.querySelector('section.good-practices')!.text;
      const summarised = list.filter((p) => text.includes(p.summary)).map((p) => p.id);
      if (list.length <= PRACTICE_SUMMARIES_UP_TO) {
        expect(summarised, path).toEqual(list.map((p) => p.id));
        seen.short++;
      } else {
        expect(summarised, path).toEqual([]);
        seen.long++;
      }
    }
    // Both kinds occur in the content (the Action Plan's list is long), so neither branch goes untested.
    expect(seen.short).toBeGreaterThan(0);
    expect(seen.long).toBeGreaterThan(0);
  });
});

describe('the catalogue /practices/', () => {
  const dom = page(dist, paths.practices()).dom;
  for (const view of ['by-theme', 'by-country']) {
    it(`lists every practice in the ${view} view, under each of its ${view === 'by-theme' ? 'themes' : 'countries'}`, () => {
      const section = dom.querySelector(`section[aria-labelledby="${view}"]`)!;
      expect(section, view).not.toBeNull();
      for (const p of practices) {
        const groups = view === 'by-theme' ? p.themes.map((t) => `theme-${t}`) : p.countries.map((c) => `country-${c}`);
        for (const g of groups) {
          const hrefs =
            section
              .querySelector(`section[aria-labelledby="${g}"]`)
              ?.querySelectorAll('a')
              .map((a) => a.getAttribute('href')) ?? [];
          expect(hrefs, `${p.id} under ${g}`).toContain(paths.practice(p.id));
        }
      }
    });
  }
  it('is reachable by in-page anchors for both views', () => {
    const hrefs = dom.querySelectorAll('nav.views a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#by-theme', '#by-country']);
  });
});

describe('a practice page', () => {
  for (const p of practices) {
    it(`${p.id} carries its actor kinds and sectors as labelled search filters, and says who says it works`, () => {
      const built = page(dist, paths.practice(p.id));
      const filter = (name: string) =>
        built.dom.querySelectorAll(`[data-pagefind-filter="${name}"]`).map((e) => e.text);
      expect(filter('actor').sort()).toEqual([...new Set(p.actors.map((a) => ACTOR_KIND_LABELS[a.kind]))].sort());
      expect(filter('sector').sort()).toEqual((p.sectors ?? []).map((s) => SECTOR_LABELS[s]).sort());
      expect(filter('type')).toEqual(['Good practice']);
      const who = built.dom.querySelector('section[aria-labelledby="who-says"]');
      expect(who, 'a "Who says it works" section').not.toBeNull();
      if (!who) return;
      if (p.assessments?.length) for (const a of p.assessments) expect(who.text).toContain(a.by);
      else expect(who.text).toContain('No independent assessment found.');
    });
  }
});
