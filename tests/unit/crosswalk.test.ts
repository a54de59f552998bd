// The crosswalk data (src/lib/crosswalk.ts): one list of links built from the commitment records, read by both
// record pages, /crosswalk/ and its exports. Checked on a small hand-made set and on the real content.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  articleOsceAnchor,
  BASIS_LABEL,
  buildLinks,
  byTheme,
  crosswalkLinks,
  EXPORT_COLUMNS,
  exportRows,
  forArticle,
  forDocument,
  matrix,
  tally,
  type CrosswalkArticleInput,
  type CrosswalkDocumentInput,
} from '../../src/lib/crosswalk.ts';
import { crosswalkBases } from '../../src/schemas/commitments.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';

const articles: CrosswalkArticleInput[] = [
  { id: 'article-05', number: 5, title: 'Measures to prevent trafficking', chapter: 'ii', themes: ['prevention'] },
  {
    id: 'article-10',
    number: 10,
    title: 'Identification of the victims',
    chapter: 'iii',
    themes: ['victim-identification', 'child-trafficking'],
  },
  { id: 'article-12', number: 12, title: 'Assistance to victims', chapter: 'iii', themes: ['protection'] },
];
const COMMENTARY = 'https://example.org/commentary';
const documents: CrosswalkDocumentInput[] = [
  {
    id: 'mc-dec-13-04',
    symbol: 'MC.DEC/13/04',
    title: 'Special needs of child victims',
    adopted: '2004-12',
    themes: ['child-trafficking'],
    articles: [{ article: 'article-10', paragraph: '3', basis: 'own-reading', note: 'Presumption of age.' }],
    provisions: [],
    sources: [{ url: COMMENTARY, publisher: 'OSCE', title: 'Commentary' }],
  },
  {
    id: 'pc-dec-557',
    symbol: 'PC.DEC/557',
    title: 'Action Plan',
    adopted: '2003-07-24',
    themes: ['prevention'],
    articles: [{ article: 'article-05', part: 'Chapter IV', basis: 'commentary', source: COMMENTARY }],
    provisions: [
      { ref: 'III.1', themes: ['protection'], articles: [{ article: 'article-12', basis: 'own-reading' }] },
      {
        ref: 'V.3',
        themes: [],
        readVia: COMMENTARY,
        articles: [
          { article: 'article-10', paragraph: '2', basis: 'commentary', source: COMMENTARY },
          { article: 'article-12', paragraph: '1(a)', basis: 'document' },
        ],
      },
    ],
    sources: [{ url: COMMENTARY, publisher: 'OSCE', title: 'Commentary' }],
  },
];
const links = buildLinks(documents, articles);

describe('crosswalk: building the links', () => {
  it('makes one link per document-level and provision-level entry, documents oldest first', () => {
    expect(links).toHaveLength(5);
    expect(links.map((l) => `${l.document} ${l.level} ${l.ref ?? '-'} ${l.article}`)).toEqual([
      'pc-dec-557 document - article-05',
      'pc-dec-557 provision III.1 article-12',
      'pc-dec-557 provision V.3 article-10',
      'pc-dec-557 provision V.3 article-12',
      'mc-dec-13-04 document - article-10',
    ]);
  });
  it('cites the paragraph with the article number and names the source and the secondary reading', () => {
    const l = links.find((x) => x.ref === 'V.3' && x.article === 'article-10')!;
    expect(l.cited).toBe('10(2)');
    expect(links.find((x) => x.paragraph === '1(a)')!.cited).toBe('12(1)(a)');
    expect(links.find((x) => x.ref === 'III.1')!.cited).toBe('12');
    expect(l.sourceName).toBe('OSCE, Commentary');
    expect(l.readViaName).toBe('OSCE, Commentary');
    expect(l.basis).toBe('commentary');
  });
  it('gives provision links the provision themes, document links the themes shared with the article', () => {
    expect(links.find((x) => x.ref === 'III.1')!.themes).toEqual(['protection']);
    expect(links.find((x) => x.document === 'mc-dec-13-04')!.themes).toEqual(['child-trafficking']);
    expect(links.find((x) => x.level === 'document' && x.document === 'pc-dec-557')!.themes).toEqual(['prevention']);
  });
  it('refuses a link to an article that does not exist', () => {
    expect(() =>
      buildLinks([{ ...documents[0]!, articles: [{ article: 'article-99', basis: 'own-reading' }] }], articles),
    ).toThrow(/article-99/);
  });
  it('names every basis in words', () => {
    // Each basis has its own words, a phrase a reader can read after "according to".
    const labels = crosswalkBases.map((b) => BASIS_LABEL[b]);
    expect(new Set(labels).size).toBe(crosswalkBases.length);
    for (const label of labels) expect(label).toMatch(/^[a-z0-9'’ ,.()/-]{6,}$/i);
    expect(BASIS_LABEL.commentary).toMatch(/2015 Commentary/);
    expect(BASIS_LABEL['own-reading']).toBe('our reading of the two texts');
  });
});

describe('crosswalk: views', () => {
  it('an article lists its documents newest first, with document and provision links apart', () => {
    const groups = forArticle(links, 'article-10');
    expect(groups.map((g) => g.document)).toEqual(['mc-dec-13-04', 'pc-dec-557']);
    expect(groups[0]!.documentLinks).toHaveLength(1);
    expect(groups[1]!.provisionLinks.map((l) => l.ref)).toEqual(['V.3']);
  });
  it('a document lists its own links and each provision’s', () => {
    const d = forDocument(links, 'pc-dec-557');
    expect(d.documentLinks.map((l) => l.article)).toEqual(['article-05']);
    expect([...d.byProvision.keys()]).toEqual(['III.1', 'V.3']);
    expect(d.byProvision.get('V.3')!.map((l) => l.article)).toEqual(['article-10', 'article-12']);
  });
  it('a document with no link gets empty lists', () => {
    const d = forDocument(links, 'mc-dec-99-99');
    expect(d.documentLinks).toEqual([]);
    expect(d.byProvision.size).toBe(0);
  });
  it('builds the links of a site once, read-only, and afresh for another site', () => {
    const site = (docs: CrosswalkDocumentInput[]) =>
      ({
        commitments: docs.map(({ id, ...data }) => ({ id, data })),
        convention: articles.map(({ id, ...data }) => ({ id, data })),
      }) as unknown as Parameters<typeof crosswalkLinks>[0];
    const one = site(documents);
    const first = crosswalkLinks(one);
    expect(first.map((l) => `${l.document} ${l.ref ?? '-'} ${l.article}`)).toEqual(
      links.map((l) => `${l.document} ${l.ref ?? '-'} ${l.article}`),
    );
    expect(crosswalkLinks(one)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const other = crosswalkLinks(site(documents.slice(0, 1)));
    expect(other).not.toBe(first);
    expect(other.map((l) => l.document)).toEqual(['mc-dec-13-04']);
    expect(
      forDocument(first, 'pc-dec-557')
        .byProvision.get('V.3')!
        .map((l) => l.article),
    ).toEqual(['article-10', 'article-12']);
  });
  it('the matrix lists every article by chapter and counts distinct provisions per cell', () => {
    const m = matrix(
      links,
      articles,
      [
        { id: 'ii', numeral: 'II', title: 'Prevention' },
        { id: 'iii', numeral: 'III', title: 'Protection' },
      ],
      [
        { document: 'mc-dec-13-04', title: 'x', adopted: '2004-12' },
        { document: 'pc-dec-557', title: 'y', adopted: '2003-07-24' },
      ],
    );
    expect(m.columns.map((c) => c.document)).toEqual(['pc-dec-557', 'mc-dec-13-04']);
    expect(m.chapters.map((c) => c.rows.map((r) => r.number))).toEqual([[5], [10, 12]]);
    const art12 = m.chapters[1]!.rows[1]!;
    expect(art12.cells[0]).toMatchObject({ document: 'pc-dec-557', provisions: 2, documentLevel: false });
    expect(art12.cells[1]!.links).toHaveLength(0);
    expect(m.chapters[0]!.rows[0]!.cells[0]).toMatchObject({ provisions: 0, documentLevel: true });
  });
  it('groups by theme, with untagged links last', () => {
    const g = byTheme(links, [
      { id: 'protection', label: 'Protection' },
      { id: 'prevention', label: 'Prevention' },
    ]);
    expect(g.map((x) => x.label)).toEqual(['Protection', 'Prevention', 'Links with no theme yet']);
    expect(g.at(-1)!.links.map((l) => l.ref)).toEqual(['V.3', 'V.3']);
  });
  it('counts links by level and basis', () => {
    const t = tally(links);
    expect(t).toMatchObject({ total: 5, provision: 3, document: 2, documents: 2, articles: 3 });
    expect(t.byBasis).toMatchObject({ 'own-reading': 2, commentary: 2, document: 1, greta: 0 });
  });
  it('exports one row per link with page URLs', () => {
    const rows = exportRows(
      links,
      {
        article: (n) => `/convention/articles/${n}/`,
        commitment: (id, ref) => `/commitments/${id}/${ref ? `#${ref}` : ''}`,
      },
      (p) => `https://kb.example${p}`,
    );
    expect(rows).toHaveLength(links.length);
    expect(Object.keys(rows[0]!).sort()).toEqual([...EXPORT_COLUMNS].sort());
    const v3 = rows.find((r) => r.provision_ref === 'V.3' && r.article === 10)!;
    expect(v3).toMatchObject({
      document_symbol: 'PC.DEC/557',
      level: 'provision',
      basis: 'commentary',
      source: COMMENTARY,
      cited: 'Art. 10(2)',
      article_url: 'https://kb.example/convention/articles/10/',
      provision_url: 'https://kb.example/commitments/pc-dec-557/#V.3',
    });
    expect(rows.find((r) => r.level === 'document')!.provision_url).toBe('');
  });
  it('anchors a document inside an article page', () =>
    expect(articleOsceAnchor('mc-dec-13-04')).toBe('osce-mc-dec-13-04'));
});

describe('crosswalk: the real content', () => {
  const root = resolve(import.meta.dirname, '../..');
  const { records } = loadContent(contentRoot(root), root);
  const data = (c: string): Record<string, any>[] =>
    records.filter((r) => r.collection === c).map((r) => ({ id: r.id, ...(r.data as Record<string, any>) }));
  const docs = data('commitments').map((c) => ({
    ...c,
    themes: c.themes ?? [],
    articles: c.articles ?? [],
    provisions: (c.provisions ?? []).map((p: any) => ({ ...p, themes: p.themes ?? [], articles: p.articles ?? [] })),
  })) as CrosswalkDocumentInput[];
  const arts = data('convention').map((a) => ({
    id: a.id,
    number: a.number,
    title: a.title,
    chapter: a.chapter,
    themes: a.themes ?? [],
  })) as CrosswalkArticleInput[];
  const real = buildLinks(docs, arts);
  it('has links, each with a basis from the vocabulary', () => {
    expect(real.length).toBeGreaterThan(0);
    for (const l of real) expect(crosswalkBases, `${l.document} ${l.ref ?? ''} ${l.article}`).toContain(l.basis);
  });
  it('no document-level link repeats a provision-level link of the same record', () => {
    for (const l of real.filter((x) => x.level === 'document')) {
      expect(
        real.some((x) => x.level === 'provision' && x.document === l.document && x.article === l.article),
        `${l.document} ${l.article}`,
      ).toBe(false);
    }
  });
});
