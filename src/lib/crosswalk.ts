/**
 * The crosswalk: every link between an OSCE document (or one of its provisions) and a Convention article,
 * built once from the commitment records. The article pages, the commitment pages, /crosswalk/ and its
 * CSV and JSON exports all read this list, so the two directions cannot disagree.
 * Pure functions on plain data (no astro:content here), so unit tests can call them; `crosswalkLinks(site)` adapts the site.
 */
import { crosswalkBases, obligationParagraph, type CrosswalkBasis } from '../schemas/commitments.ts';
import { comparePartialDates } from './dates.ts';
import type { Site } from './site.ts';

/** A reference as the build leaves it (`{ collection, id }`) or as plain text (tests). */
type RefLike = string | { id: string };
const idOf = (r: RefLike) => (typeof r === 'string' ? r : r.id);

interface LinkInput {
  article: RefLike;
  paragraph?: string | undefined;
  basis: CrosswalkBasis;
  source?: string | undefined;
  note?: string | undefined;
  part?: string | undefined;
}

export interface CrosswalkDocumentInput {
  id: string;
  symbol?: string | undefined;
  title: string;
  adopted: string;
  themes: RefLike[];
  articles: LinkInput[];
  provisions: {
    ref: string;
    heading?: string | undefined;
    themes: RefLike[];
    readVia?: string | undefined;
    articles: LinkInput[];
  }[];
  /** The record's sources, to name a link's source. */
  sources?: { url: string; publisher: string; title: string }[];
}

export interface CrosswalkArticleInput {
  id: string;
  number: number;
  title: string;
  chapter: RefLike;
  themes: RefLike[];
}

export type CrosswalkLevel = 'document' | 'provision';

export interface CrosswalkLink {
  /** Convention article id ("article-10"), number and official title. */
  article: string;
  number: number;
  articleTitle: string;
  /** Chapter id of the article ("iii"). */
  chapter: string;
  /** Paragraph as written in the record ("2"), and as cited with the article number ("10(2)"). */
  paragraph?: string | undefined;
  cited: string;
  /** The OSCE document: record id, symbol (when known), title and adoption date. */
  document: string;
  symbol?: string | undefined;
  documentTitle: string;
  adopted: string;
  /** The provision ref, for a provision-level link. */
  ref?: string | undefined;
  level: CrosswalkLevel;
  basis: CrosswalkBasis;
  /** The part of the document that shows the link (document level only). */
  part?: string | undefined;
  source?: string | undefined;
  /** The source's publisher and title, as the record lists them. */
  sourceName?: string | undefined;
  note?: string | undefined;
  /** The secondary source through which the provision was read, if any, and its name. */
  readVia?: string | undefined;
  readViaName?: string | undefined;
  /** Themes: the provision's, or for a document-level link the themes the document and the article share. */
  themes: string[];
}

/** Every link, documents in time order (oldest first), each document's own links first, then its provisions'. */
export function buildLinks(documents: CrosswalkDocumentInput[], articles: CrosswalkArticleInput[]): CrosswalkLink[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const docs = [...documents].sort((a, b) => comparePartialDates(a.adopted, b.adopted) || a.id.localeCompare(b.id));
  const links: CrosswalkLink[] = [];
  for (const d of docs) {
    const nameOf = (url?: string) => {
      const src = url ? d.sources?.find((x) => x.url === url) : undefined;
      return src ? `${src.publisher}, ${src.title}` : undefined;
    };
    const make = (
      l: LinkInput,
      level: CrosswalkLevel,
      themes: string[],
      provision?: CrosswalkDocumentInput['provisions'][number],
    ): CrosswalkLink => {
      const a = byId.get(idOf(l.article));
      if (!a) throw new Error(`${d.id}: no Convention article "${idOf(l.article)}"`);
      return {
        article: a.id,
        number: a.number,
        articleTitle: a.title,
        chapter: idOf(a.chapter),
        paragraph: l.paragraph,
        cited: l.paragraph ? obligationParagraph(a.number, l.paragraph) : String(a.number),
        document: d.id,
        symbol: d.symbol,
        documentTitle: d.title,
        adopted: d.adopted,
        ref: provision?.ref,
        level,
        basis: l.basis,
        part: l.part,
        source: l.source,
        sourceName: nameOf(l.source),
        note: l.note,
        readVia: provision?.readVia,
        readViaName: nameOf(provision?.readVia),
        themes,
      };
    };
    const docThemes = d.themes.map(idOf);
    for (const l of d.articles) {
      const articleThemes = byId.get(idOf(l.article))?.themes.map(idOf) ?? [];
      links.push(
        make(
          l,
          'document',
          docThemes.filter((t) => articleThemes.includes(t)),
        ),
      );
    }
    for (const p of d.provisions) for (const l of p.articles) links.push(make(l, 'provision', p.themes.map(idOf), p));
  }
  return links;
}

const linksOfSite = new WeakMap<Site, readonly CrosswalkLink[]>();

/**
 * The links of the whole site, built once per site: every commitment page asks for them, and building them per page
 * made page generation grow with the square of the number of commitments.
 */
export function crosswalkLinks(s: Site): readonly CrosswalkLink[] {
  const known = linksOfSite.get(s);
  if (known) return known;
  const links = Object.freeze(buildLinksOfSite(s));
  linksOfSite.set(s, links);
  return links;
}

function buildLinksOfSite(s: Site): CrosswalkLink[] {
  return buildLinks(
    s.commitments.map((c) => ({ id: c.id, ...c.data })),
    crosswalkArticles(s),
  );
}

/** The Convention's articles as the crosswalk reads them (the links and the matrix of /crosswalk/). */
export function crosswalkArticles(s: Site): CrosswalkArticleInput[] {
  return s.convention.map((a) => ({
    id: a.id,
    number: a.data.number,
    title: a.data.title,
    chapter: a.data.chapter,
    themes: a.data.themes,
  }));
}

/** What a link rests on, in words that follow "Basis:". */
export const BASIS_LABEL: Record<CrosswalkBasis, string> = {
  document: 'the OSCE document itself says so',
  commentary: "according to the OSCE's 2015 Commentary to the Action Plan",
  greta: 'according to GRETA',
  'osr-cthb': 'according to the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
  odihr: 'according to OSCE/ODIHR',
  'other-secondary': 'according to a secondary source',
  'own-reading': 'our reading of the two texts',
};
/** Bases in the order of the vocabulary. */
export const BASES = crosswalkBases;

export interface DocumentGroup {
  document: string;
  symbol?: string | undefined;
  title: string;
  adopted: string;
  /** Links of the document as a whole. */
  documentLinks: CrosswalkLink[];
  /** Links from its provisions, in the order of the record. */
  provisionLinks: CrosswalkLink[];
}

function groupByDocument(links: readonly CrosswalkLink[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const l of links) {
    const g = groups.get(l.document) ?? {
      document: l.document,
      symbol: l.symbol,
      title: l.documentTitle,
      adopted: l.adopted,
      documentLinks: [],
      provisionLinks: [],
    };
    (l.level === 'document' ? g.documentLinks : g.provisionLinks).push(l);
    groups.set(l.document, g);
  }
  return [...groups.values()];
}

/** For an article page: the OSCE documents that link to it, newest first. */
export function forArticle(links: readonly CrosswalkLink[], article: string): DocumentGroup[] {
  return groupByDocument(links.filter((l) => l.article === article)).sort(
    (a, b) => comparePartialDates(b.adopted, a.adopted) || a.document.localeCompare(b.document),
  );
}

const byDocumentOf = new WeakMap<readonly CrosswalkLink[], Map<string, CrosswalkLink[]>>();

/** The links grouped by document, once per list of links. */
function linksOfDocument(links: readonly CrosswalkLink[], document: string): CrosswalkLink[] {
  let index = byDocumentOf.get(links);
  if (!index) {
    index = Map.groupBy(links, (l) => l.document);
    byDocumentOf.set(links, index);
  }
  return index.get(document) ?? [];
}

/** For a commitment page: the document's own links, and the links of each provision by ref. */
export function forDocument(
  links: readonly CrosswalkLink[],
  document: string,
): { documentLinks: CrosswalkLink[]; byProvision: Map<string, CrosswalkLink[]> } {
  const mine = linksOfDocument(links, document);
  const byProvision = new Map<string, CrosswalkLink[]>();
  for (const l of mine.filter((x) => x.level === 'provision'))
    byProvision.set(l.ref!, [...(byProvision.get(l.ref!) ?? []), l]);
  return { documentLinks: mine.filter((l) => l.level === 'document'), byProvision };
}

export interface MatrixColumn {
  document: string;
  symbol?: string | undefined;
  title: string;
  adopted: string;
}
export interface MatrixCell {
  document: string;
  links: CrosswalkLink[];
  provisions: number;
  documentLevel: boolean;
}
export interface MatrixRow {
  article: string;
  number: number;
  title: string;
  cells: MatrixCell[];
  total: number;
}
export interface MatrixChapter {
  chapter: string;
  numeral: string;
  title: string;
  rows: MatrixRow[];
}

/**
 * Articles (grouped by chapter, every article listed) against documents (in time order, oldest first).
 * A cell holds the links between one article and one document; `provisions` counts the distinct provisions behind it.
 */
export function matrix(
  links: readonly CrosswalkLink[],
  articles: CrosswalkArticleInput[],
  chapters: { id: string; numeral: string; title: string }[],
  documents: MatrixColumn[],
): { columns: MatrixColumn[]; chapters: MatrixChapter[] } {
  const columns = [...documents].sort(
    (a, b) => comparePartialDates(a.adopted, b.adopted) || a.document.localeCompare(b.document),
  );
  // The links of each article and document, found once: filtering every link for every cell grew with the square
  // of the records (10 s for this page at 5,000 records).
  const byCell = Map.groupBy(links, (l) => `${l.article}\0${l.document}`);
  const rowOf = (a: CrosswalkArticleInput): MatrixRow => {
    const cells = columns.map((c) => {
      const here = byCell.get(`${a.id}\0${c.document}`) ?? [];
      return {
        document: c.document,
        links: here,
        provisions: new Set(here.filter((l) => l.level === 'provision').map((l) => l.ref)).size,
        documentLevel: here.some((l) => l.level === 'document'),
      };
    });
    return {
      article: a.id,
      number: a.number,
      title: a.title,
      cells,
      total: cells.filter((c) => c.links.length).length,
    };
  };
  const sorted = [...articles].sort((a, b) => a.number - b.number);
  return {
    columns,
    chapters: chapters
      .map((ch) => ({
        chapter: ch.id,
        numeral: ch.numeral,
        title: ch.title,
        rows: sorted.filter((a) => idOf(a.chapter) === ch.id).map(rowOf),
      }))
      .filter((ch) => ch.rows.length),
  };
}

/** Links grouped by theme (a link with several themes shows under each); links without a theme come last. */
export function byTheme(
  links: readonly CrosswalkLink[],
  themes: { id: string; label: string }[],
): { theme?: string | undefined; label: string; links: CrosswalkLink[] }[] {
  const groups = themes
    .map((t) => ({
      theme: t.id as string | undefined,
      label: t.label,
      links: links.filter((l) => l.themes.includes(t.id)),
    }))
    .filter((g) => g.links.length);
  const untagged = links.filter((l) => !l.themes.length);
  return untagged.length
    ? [...groups, { theme: undefined, label: 'Links with no theme yet', links: untagged }]
    : groups;
}

/** Counts for the page and the report: total, by level, by basis. */
export function tally(links: readonly CrosswalkLink[]) {
  const byBasis = Object.fromEntries(BASES.map((b) => [b, links.filter((l) => l.basis === b).length])) as Record<
    CrosswalkBasis,
    number
  >;
  return {
    total: links.length,
    provision: links.filter((l) => l.level === 'provision').length,
    document: links.filter((l) => l.level === 'document').length,
    documents: new Set(links.map((l) => l.document)).size,
    articles: new Set(links.map((l) => l.article)).size,
    byBasis,
  };
}

/** Anchor of a document's group in an article's OSCE section: "osce-mc-dec-13-04". */
export const articleOsceAnchor = (document: string) => `osce-${document}`;
/** Anchor of a document's "Convention articles" section on its own page. */
export const DOCUMENT_ARTICLES_ANCHOR = 'convention-articles';

export interface ExportRow {
  article: number;
  article_title: string;
  paragraph: string;
  cited: string;
  document_symbol: string;
  document_id: string;
  document_title: string;
  adopted: string;
  provision_ref: string;
  level: CrosswalkLevel;
  basis: CrosswalkBasis;
  basis_label: string;
  part: string;
  source: string;
  note: string;
  article_url: string;
  document_url: string;
  provision_url: string;
}

/** One row per link for the CSV and JSON exports; `url(path)` makes a site path absolute. */
export function exportRows(
  links: readonly CrosswalkLink[],
  paths: { article: (n: number, paragraph?: string) => string; commitment: (id: string, ref?: string) => string },
  url: (path: string) => string = (p) => p,
): ExportRow[] {
  return links.map((l) => ({
    article: l.number,
    article_title: l.articleTitle,
    paragraph: l.paragraph ?? '',
    cited: `Art. ${l.cited}`,
    document_symbol: l.symbol ?? '',
    document_id: l.document,
    document_title: l.documentTitle,
    adopted: l.adopted,
    provision_ref: l.ref ?? '',
    level: l.level,
    basis: l.basis,
    basis_label: BASIS_LABEL[l.basis],
    part: l.part ?? '',
    source: l.source ?? '',
    note: l.note ?? '',
    article_url: url(paths.article(l.number)),
    document_url: url(paths.commitment(l.document)),
    provision_url: l.ref ? url(paths.commitment(l.document, l.ref)) : '',
  }));
}

/** Column order of the CSV export. */
export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  'article',
  'article_title',
  'paragraph',
  'cited',
  'document_symbol',
  'document_id',
  'document_title',
  'adopted',
  'provision_ref',
  'level',
  'basis',
  'basis_label',
  'part',
  'source',
  'note',
  'article_url',
  'document_url',
  'provision_url',
];
