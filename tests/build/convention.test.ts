// The Convention in full: 47 complete article records true to the reference data, reachable from their
// chapter and the overview, each paragraph citable; the overview's Parties match the reference list.
import { contentRoot } from '../../src/lib/content-root.ts';
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { gretaRoundsOfArticle } from '../../src/lib/greta.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { articleCitation } from '../../src/lib/citations.ts';
import { paragraphAnchor, paths } from '../../src/lib/urls.ts';
import { page } from '../helpers/built-site.ts';
import { haveReference, readReference, referenceParties } from '../helpers/reference.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = inject('distDir');
const { records } = loadContent(contentRoot(root), root);
const articles: Record<string, any>[] = records
  .filter((r) => r.collection === 'convention')
  .map((r) => ({ id: r.id, body: r.body!.text, ...(r.data as Record<string, any>) }));
const FULLER = [4, 10, 12, 13, 15, 26, 29];

describe('the 47 articles', () => {
  it('are all there, numbered 1 to 47', () => {
    expect(articles.map((a) => a.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
  });
  it.skipIf(!haveReference)('have the official titles and chapters of the reference data', () => {
    const reference = readReference('coe-convention-articles.csv');
    expect(reference).toHaveLength(47);
    for (const row of reference) {
      const a = articles.find((x) => x.number === Number(row.article))!;
      expect({ n: a.number, title: a.title, chapter: a.chapter }).toEqual({
        n: Number(row.article),
        title: row.title,
        chapter: row.chapter!.toLowerCase(),
      });
    }
  });
  for (const a of articles) {
    it(`Art. ${a.number} is complete: summary, obligations, related articles, official text, sources${a.number <= 38 ? ', themes' : ''}`, () => {
      expect(a.summary?.length).toBeGreaterThan(20);
      expect(a.obligations.length).toBeGreaterThan(0);
      for (const o of a.obligations) expect(o.paragraph.startsWith(String(a.number))).toBe(true);
      expect(a.relatedArticles.length).toBeGreaterThan(0);
      expect(a.officialText).toMatch(/^https:\/\/www\.coe\.int\//);
      expect(a.sources[0].publisher).toBe('Council of Europe');
      // Final clauses (Chapters VIII to X) serve no theme of the taxonomy; every substantive article does.
      if (a.number <= 38) expect(a.themes.length).toBeGreaterThan(0);
    });
  }
  it('the fuller explainers say what it requires and what practice looks like', () => {
    for (const n of FULLER) {
      const a = articles.find((x) => x.number === n)!;
      expect(a.body, `Art. ${n}`).toMatch(/^## What it requires$/m);
      expect(a.body, `Art. ${n}`).toMatch(/^## In practice$/m);
      expect(a.body.split(/\s+/).length, `Art. ${n}`).toBeGreaterThan(250);
    }
  });
});

describe('article pages', () => {
  for (const a of articles) {
    it(`Art. ${a.number}: reachable from its chapter and the overview; every paragraph anchored and citable; previous and next`, () => {
      const url = paths.article(a.number);
      expect(
        page(dist, paths.chapter(a.chapter))
          .dom.querySelectorAll('main a')
          .map((x) => x.getAttribute('href')),
      ).toContain(url);
      expect(
        page(dist, paths.convention())
          .dom.querySelectorAll('main a')
          .map((x) => x.getAttribute('href')),
      ).toContain(url);
      const p = page(dist, url);
      for (const o of a.obligations) {
        const heading = p.dom.getElementById(paragraphAnchor(o.paragraph));
        expect(heading, o.paragraph).not.toBeNull();
        expect(heading!.parentNode!.text).toContain(articleCitation(a.number, o.paragraph));
      }
      expect(p.dom.querySelector('.citation')!.text).toContain(articleCitation(a.number));
      const nav = p.dom
        .querySelector('nav[aria-label="Previous and next article"]')!
        .querySelectorAll('a')
        .map((x) => x.getAttribute('href'));
      if (a.number > 1) expect(nav).toContain(paths.article(a.number - 1));
      if (a.number < 47) expect(nav).toContain(paths.article(a.number + 1));
      const crumbs = p.dom.querySelectorAll('nav.breadcrumbs a').map((x) => x.getAttribute('href'));
      expect(crumbs).toContain(paths.chapter(a.chapter));
    });
  }
});

describe('GRETA rounds of an article', () => {
  // The link is stored once, in content/data/greta-rounds.yaml; the page and the open data derive it (src/lib/greta.ts).
  const rounds = records
    .filter((r) => r.collection === 'rounds')
    .map((r) => r.data as { number: number; articles?: string[] })
    .map((r) => ({ number: r.number, articles: r.articles ?? [] }));
  it('each article page, its JSON record and its CSV row give the rounds whose articles list it', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data/convention.json'), 'utf8')) as {
      records: { id: string; gretaRounds: number[] }[];
    };
    const csv = parse(readFileSync(join(dist, 'data/articles.csv'), 'utf8'), { columns: true }) as {
      id: string;
      greta_rounds: string;
    }[];
    let examined = 0;
    for (const a of articles) {
      const expected = gretaRoundsOfArticle(rounds, a.id);
      if (expected.length > 0) examined++;
      const p = page(dist, paths.article(a.number));
      const section = p.dom.getElementById('greta-rounds');
      const links = section ? section.nextElementSibling!.querySelectorAll('a').map((x) => x.getAttribute('href')) : [];
      expect(links, a.id).toEqual(expected.map((n) => paths.conventionSection(`round-${n}`)));
      expect(json.records.find((r) => r.id === a.id)!.gretaRounds, a.id).toEqual(expected);
      expect(csv.find((r) => r.id === a.id)!.greta_rounds, a.id).toBe(expected.join(' | '));
    }
    expect(examined).toBeGreaterThan(0);
  });
});

describe('the Convention overview', () => {
  const overview = page(dist, paths.convention());
  it.skipIf(!haveReference)('lists the Parties of the reference data, each linked to its country page', () => {
    const parties = referenceParties();
    const rows = overview.dom.querySelectorAll('#parties ~ .table-wrap tbody tr');
    const linked = rows.map((r) => r.querySelector('a')!.getAttribute('href'));
    expect(linked.sort()).toEqual(parties.map((p) => paths.country(p.id)).sort());
  });
  it.skipIf(!haveReference)('gives the key facts of the reference data with their sources', () => {
    const facts = Object.fromEntries(readReference('coe-convention-facts.csv').map((f) => [f.key, f]));
    const text = overview.dom.querySelector('main')!.text;
    expect(text).toContain('3 May 2005');
    expect(facts.adopted_by_committee_of_ministers!.value).toBe('2005-05-03');
    expect(text).toContain('1 February 2008');
    expect(facts.entry_into_force!.value).toMatch(/^2008-02-01/);
    expect(text).toContain('16 May 2005 (Warsaw');
    const parties = referenceParties();
    const others = parties.filter((p) => !p.coeMember).map((p) => p.name);
    expect(text).toContain(
      `${parties.length}: ${parties.length - others.length} Council of Europe member States and ${others.join(' and ')}`,
    );
  });
  it('shows every chapter with its articles and GRETA rounds', () => {
    for (const c of records.filter((r) => r.collection === 'chapters'))
      expect(overview.dom.getElementById(`chapter-${c.id}`)).not.toBeNull();
    for (const r of records.filter((x) => x.collection === 'rounds'))
      expect(overview.dom.getElementById(r.id)).not.toBeNull();
  });
});
