// The crosswalk in the built site: every link between an OSCE document (or provision) and a Convention article
// shows on the article's page, on the commitment's page and in both exports, with its basis; no anchor is orphaned;
// and pairs stated by the sources are there.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { contentRoot } from '../../src/lib/content-root.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import {
  articleOsceAnchor,
  buildLinks,
  DOCUMENT_ARTICLES_ANCHOR,
  type CrosswalkArticleInput,
  type CrosswalkDocumentInput,
  type CrosswalkLink,
} from '../../src/lib/crosswalk.ts';
import { paths, provisionAnchor } from '../../src/lib/urls.ts';
import { page } from '../helpers/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = inject('distDir');
const { records } = loadContent(contentRoot(root), root);
const data = (c: string): Record<string, any>[] =>
  records.filter((r) => r.collection === c).map((r) => ({ id: r.id, ...(r.data as Record<string, any>) }));
const documents = data('commitments').map((c) => ({
  ...c,
  themes: c.themes ?? [],
  articles: c.articles ?? [],
  provisions: (c.provisions ?? []).map((p: any) => ({ ...p, themes: p.themes ?? [], articles: p.articles ?? [] })),
})) as CrosswalkDocumentInput[];
const articles = data('convention').map((a) => ({
  id: a.id,
  number: a.number,
  title: a.title,
  chapter: a.chapter,
  themes: a.themes ?? [],
})) as CrosswalkArticleInput[];
const links = buildLinks(documents, articles);
const name = (l: CrosswalkLink) =>
  `${l.symbol ?? l.document}${l.ref ? ` ${l.ref}` : ' (document)'} ↔ Art. ${l.cited} [${l.basis}]`;

const csv: Record<string, string>[] = parse(readFileSync(join(dist, 'crosswalk/crosswalk.csv'), 'utf8'), {
  columns: true,
});
const json: { links: Record<string, unknown>[] } = JSON.parse(
  readFileSync(join(dist, 'crosswalk/crosswalk.json'), 'utf8'),
);
const hrefs = (
  el: { querySelectorAll: (s: string) => { getAttribute: (n: string) => string | undefined }[] } | null | undefined,
) => (el ? el.querySelectorAll('a').map((a) => a.getAttribute('href')) : []);
const pages = new Map<string, ReturnType<typeof page>>();
const cached = (path: string) => pages.get(path) ?? pages.set(path, page(dist, path)).get(path)!;
const sameRow = (l: CrosswalkLink) => (r: Record<string, unknown>) =>
  String(r.article) === String(l.number) &&
  r.document_id === l.document &&
  r.provision_ref === (l.ref ?? '') &&
  r.paragraph === (l.paragraph ?? '') &&
  r.basis === l.basis &&
  r.level === l.level;

/**
 * Links whose basis is a source, not our reading: read in the commitment records (sources named there).
 * The Commentary's chapter on criminal justice and on protection names Bucharest 2001 and Vienna 2000 as their ground;
 * StopVAW reports the Action Plan's recommendation on national referral mechanisms; the Council of the EU's draft conclusions
 * cite Action Plan VI.1 on national rapporteurs; ebrary reports its recommendation on those who facilitate the crime. The Commentary's
 * section on the protection chapter names Porto 2002 as a ground and the Convention as an inspiration of the 2013 update, and its
 * section on the criminal justice chapter names MC.DEC/5/08 among the texts the 2013 Addendum built on. The OSCE
 * anti-trafficking office's page on demand names MC.DEC/6/18 and Article 6 of the Convention among the texts on it.
 */
const KNOWN: { document: string; article: string; basis: CrosswalkLink['basis'] }[] = [
  { document: 'bucharest-2001-mc-decision-6', article: 'article-27', basis: 'commentary' },
  { document: 'bucharest-2001-mc-decision-6', article: 'article-12', basis: 'commentary' },
  { document: 'vienna-2000-mc-decision-1', article: 'article-27', basis: 'commentary' },
  { document: 'vienna-2000-mc-decision-1', article: 'article-12', basis: 'commentary' },
  { document: 'pc-dec-557', article: 'article-10', basis: 'other-secondary' },
  { document: 'pc-dec-557', article: 'article-29', basis: 'other-secondary' },
  { document: 'pc-dec-557', article: 'article-21', basis: 'other-secondary' },
  { document: 'porto-2002-ministerial-declaration', article: 'article-12', basis: 'commentary' },
  { document: 'pc-dec-1107', article: 'article-12', basis: 'commentary' },
  { document: 'mc-dec-5-08', article: 'article-27', basis: 'commentary' },
  { document: 'mc-dec-6-18', article: 'article-06', basis: 'osr-cthb' },
];

describe('crosswalk: both directions agree', () => {
  it('has links, and both exports hold exactly one row per link', () => {
    expect(links.length).toBeGreaterThan(0);
    expect(csv).toHaveLength(links.length);
    expect(json.links).toHaveLength(links.length);
  });
  for (const l of links) {
    it(name(l), () => {
      const where = l.ref ? paths.commitment(l.document, l.ref) : paths.commitment(l.document);
      // The article page: under the document's entry in "OSCE commitments on this article", with its basis.
      const art = cached(paths.article(l.number));
      const entry = art.dom.getElementById(articleOsceAnchor(l.document));
      expect(entry, `no ${l.document} on Art. ${l.number}`).not.toBeNull();
      expect(entry!.closest('section')!.querySelector('#osce-commitments')).not.toBeNull();
      expect(hrefs(entry)).toContain(where);
      expect(entry!.querySelectorAll('.basis').map((b) => b.getAttribute('data-basis'))).toContain(l.basis);
      // The commitment page: under the provision, or in the document's "Convention articles".
      const doc = cached(paths.commitment(l.document));
      const holder = l.ref
        ? doc.dom.getElementById(provisionAnchor(l.ref))!.parentNode
        : doc.dom.getElementById(DOCUMENT_ARTICLES_ANCHOR)!.parentNode;
      expect(holder, `no place for ${name(l)} on the commitment page`).not.toBeNull();
      const item = holder!
        .querySelectorAll('.crosswalk-links li')
        .find(
          (li) =>
            hrefs(li).includes(paths.article(l.number)) &&
            li.querySelector('.basis')?.getAttribute('data-basis') === l.basis,
        );
      expect(item, `Art. ${l.cited} with basis ${l.basis} not shown on ${paths.commitment(l.document)}`).toBeDefined();
      // The exports.
      expect(csv.some(sameRow(l)), 'CSV').toBe(true);
      expect(json.links.some(sameRow(l)), 'JSON').toBe(true);
      // /crosswalk/: the matrix cell of the pair leads to the document's entry on the article page.
      expect(hrefs(cached(paths.crosswalk()).dom.querySelector('table.matrix'))).toContain(
        `${paths.article(l.number)}#${articleOsceAnchor(l.document)}`,
      );
    });
  }
});

describe('crosswalk: every link has a basis, every anchor a target', () => {
  it('every link item on article and commitment pages states its basis', () => {
    for (const a of articles) {
      for (const li of cached(paths.article(a.number)).dom.querySelectorAll('.crosswalk-documents li li'))
        expect(li.querySelector('.basis'), `Art. ${a.number}: ${li.text}`).not.toBeNull();
    }
    for (const d of documents) {
      for (const li of cached(paths.commitment(d.id)).dom.querySelectorAll('.crosswalk-links li'))
        expect(li.querySelector('.basis'), `${d.id}: ${li.text}`).not.toBeNull();
    }
    for (const r of [...csv, ...json.links])
      expect(r.basis).toMatch(/^(document|commentary|greta|osr-cthb|odihr|other-secondary|own-reading)$/);
  });
  it('no orphan anchors: every crosswalk link to a provision or an article entry lands on an element with that id', () => {
    const targets = [
      paths.crosswalk(),
      ...articles.map((a) => paths.article(a.number)),
      ...documents.map((d) => paths.commitment(d.id)),
    ];
    for (const t of targets) {
      for (const h of hrefs(cached(t).dom.querySelector('main'))) {
        const m = /^(\/(?:commitments|convention\/articles)\/[^#]+)#(p-.+|osce-.+|convention-articles)$/.exec(h ?? '');
        if (!m) continue;
        expect(cached(m[1]!).dom.getElementById(m[2]!), `${t} → ${h}`).not.toBeNull();
      }
    }
  });
  it('the exports link to pages that exist', () => {
    for (const r of csv) {
      for (const u of [r.article_url, r.document_url, r.provision_url].filter(Boolean)) {
        const url = new URL(u!);
        const target = cached(url.pathname);
        if (url.hash) expect(target.dom.getElementById(url.hash.slice(1)), u).not.toBeNull();
      }
    }
  });
  it('/crosswalk/ links its CSV and JSON', () => {
    const h = hrefs(cached(paths.crosswalk()).dom.querySelector('main'));
    expect(h).toContain('/crosswalk/crosswalk.csv');
    expect(h).toContain('/crosswalk/crosswalk.json');
  });
});

describe('crosswalk: coverage', () => {
  it('every OSCE document links at least one Convention article', () => {
    const linked = new Set(links.map((l) => l.document));
    expect(documents.map((d) => d.id).filter((id) => !linked.has(id))).toEqual([]);
  });
  for (const k of KNOWN) {
    it(`${k.document} ↔ ${k.article} (${k.basis}) is on both pages and in the export`, () => {
      const l = links.find((x) => x.document === k.document && x.article === k.article && x.basis === k.basis);
      expect(l, 'the record no longer states this link').toBeDefined();
      expect(l!.source, 'a link resting on a source names it by its address').toMatch(/^https?:\/\/\S+$/);
      const number = Number(k.article.slice(8));
      expect(hrefs(cached(paths.article(number)).dom.getElementById(articleOsceAnchor(k.document)))).toContain(
        l!.ref ? paths.commitment(k.document, l!.ref) : paths.commitment(k.document),
      );
      expect(
        hrefs(cached(paths.commitment(k.document)).dom.querySelector('main')).filter((h) => h === paths.article(number))
          .length,
      ).toBeGreaterThan(0);
      expect(csv.some(sameRow(l!))).toBe(true);
    });
  }
});

describe('crosswalk: search content', () => {
  it('an article page carries the symbols of its commitments, a commitment page "Art. N" of its articles', () => {
    for (const l of links) {
      const art = cached(paths.article(l.number)).dom.querySelector('[data-pagefind-body]')!;
      expect(art.querySelector('#osce-commitments')!.closest('section')!.text).toContain(l.symbol ?? l.documentTitle);
      const doc = cached(paths.commitment(l.document)).dom.querySelector('[data-pagefind-body]')!;
      expect(doc.text).toContain(`Art. ${l.cited}`);
    }
  });
});
