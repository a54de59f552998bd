/**
 * THE description of each collection (ADR 0014): how its records are stored and checked (the schema
 * registry, src/schemas/index.ts, feeds storage and schema), what they are called, how their ids are made,
 * where their pages are, in which order they are listed, and what they export. content.config.ts,
 * site.ts, urls.ts, the content linter, "Referenced by", the search type filter and open data read it.
 * Adding a collection: its schema, one line in src/schemas/index.ts, one entry here, and its page
 * (docs/architecture.md, "Adding a collection").
 */
import type { z } from 'astro/zod';
import { collections as schemas, type CollectionStorage } from '../schemas/index.ts';
import { collectionNames, type CollectionName, type RefBuilder } from '../schemas/fields.ts';
import { articleNumber, ID_RULES, type IdRule } from '../schemas/ids.ts';
import { paragraphAnchor, provisionAnchor } from './anchors.ts';
import { articleShortCitation } from './citations.ts';
import { comparePartialDates } from './dates.ts';
import { TABLES, type Table } from './open-data.ts';

/**
 * Record data as the site and the linter hold it. Its shape is the collection's schema, so the registry's functions
 * (order, name, crumb) read fields that only that collection has; references differ too (objects in the build, ids in
 * the linter).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one record of any collection: each entry's functions read their own fields
export type RecordData = Record<string, any>;
type Data = RecordData;

/** A collection's section of the site (src/lib/navigation.ts): its list page, header link and place in breadcrumbs. */
export interface NavSection {
  /** Its name in the header navigation and in breadcrumbs: "Action Plans". */
  label: string;
  /** The label in three parts for the header, the middle one hidden (but still read out) where the row is tight. */
  short?: readonly [string, string, string];
  /** The section its pages belong to (their `section`): the header link marked as current. */
  key: string;
  /** Site path of its list page (base path not included). */
  list: string;
  /** Position of its link in the header navigation; absent: no header link. */
  header?: number;
  /** The section the list page's trail passes through first (the People list sits under Press; a person's page leads straight to People). */
  parent?: CollectionName;
}

export interface CollectionDescription {
  storage: CollectionStorage;
  /** The record schema (src/schemas/), a function of the reference builder. */
  schema: (ref: RefBuilder<z.ZodType>) => z.ZodType;
  labels: {
    /** Type label in lists, headings and the search "Type" filter: "Good practice". */
    one: string;
    /** Heading of a group of them: "Good practices". */
    many: string;
    /** The word the content linter uses in "unknown … "x"": "good practice". */
    ref: string;
  };
  /** How to name a record of this collection when referring to it, for the linter's fix. */
  refHint: string;
  /** Where the id is derived from the record's fields, the rule (src/schemas/ids.ts); otherwise any kebab-case id. */
  idRule?: IdRule;
  /** Site path of a record (base path not included), with an optional anchor; absent when records have no page or section. */
  path?: (id: string, anchor?: string) => string;
  /** Each record has a page of its own (the others show on another page, or nowhere). */
  ownPage: boolean;
  /** Order of site.ts lists, on record data; absent keeps the file order. */
  order?: (a: Data, b: Data) => number;
  /** The name a record (or a provision inside it) goes by in lists and links. */
  name: (data: Data, anchor?: string) => string;
  /** Its section of the site, when it has a list page (header link, breadcrumbs). */
  nav?: NavSection;
  /** The short name of a record as the last step of its breadcrumb trail, when not `name`: "Article 4". */
  crumb?: (data: Data) => string;
  /** What the collection holds, for the open data page and package. */
  description: string;
  /** The CSV tables under /data/ made from this collection (src/lib/open-data.ts). */
  tables: readonly Table[];
}

const table = (name: string): Table => {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`open-data.ts has no table "${name}"`);
  return t;
};
const byName = (a: Data, b: Data) => a.name.localeCompare(b.name, 'en');

/**
 * The registry. Key order is the order of "Referenced by" groups and of collection lists.
 * `satisfies` makes a collection that is missing here (or extra) a type error.
 */
export const COLLECTIONS = {
  convention: {
    ...schemas.convention,
    labels: { one: 'Convention article', many: 'Convention articles', ref: 'Convention article' },
    refHint: 'use an article id from content/convention/: "article-" and two digits, e.g. "article-04"',
    idRule: ID_RULES.article,
    path: (id, anchor) => `/convention/articles/${articleNumber(id)}/${anchor ? `#${paragraphAnchor(anchor)}` : ''}`,
    ownPage: true,
    order: (a, b) => a.number - b.number,
    name: (d) => `${articleShortCitation(d.number)}: ${d.title}`,
    nav: { label: 'Convention', key: 'convention', list: '/convention/', header: 1 },
    crumb: (d) => `Article ${d.number}`,
    description: 'The articles of CETS No. 197, each with our summary and its obligations.',
    tables: [table('articles'), table('obligations')],
  },
  commitments: {
    ...schemas.commitments,
    labels: { one: 'OSCE commitment', many: 'OSCE commitments', ref: 'OSCE commitment' },
    refHint: 'use the id of a file in content/commitments/ (the symbol in kebab-case, e.g. "pc-dec-557")',
    idRule: ID_RULES.symbol,
    path: (id, anchor) => `/commitments/${id}/${anchor ? `#${provisionAnchor(anchor)}` : ''}`,
    ownPage: true,
    order: (a, b) => comparePartialDates(a.adopted, b.adopted),
    name: (d, anchor) => (anchor ? `${d.symbol ?? d.title}, ${anchor}` : `${d.symbol ?? d.title}: ${d.title}`),
    nav: {
      label: 'OSCE commitments',
      short: ['OSCE', ' commitments', ''],
      key: 'commitments',
      list: '/commitments/',
      header: 2,
    },
    crumb: (d) => d.symbol ?? d.title,
    description: 'OSCE documents on trafficking, with their provisions and their links to Convention articles.',
    tables: [table('commitments'), table('provisions'), table('crosswalk')],
  },
  naps: {
    ...schemas.naps,
    labels: { one: 'National Action Plan', many: 'National Action Plans', ref: 'NAP' },
    refHint: 'use the id of a file in content/naps/',
    idRule: ID_RULES.plan,
    path: (id) => `/naps/${id}/`,
    ownPage: true,
    order: (a, b) => a.country.id.localeCompare(b.country.id) || b.period.from - a.period.from,
    name: (d) => d.title,
    // A plan's crumb is its country's name and period: the page passes it (recordTrail), the country being another record.
    nav: { label: 'Action Plans', key: 'naps', list: '/naps/', header: 4 },
    description: 'National Action Plans with the structured facts monitoring needs.',
    tables: [table('naps')],
  },
  practices: {
    ...schemas.practices,
    labels: { one: 'Good practice', many: 'Good practices', ref: 'good practice' },
    refHint: 'use the id of a file in content/practices/',
    path: (id) => `/practices/${id}/`,
    ownPage: true,
    order: (a, b) => a.title.localeCompare(b.title),
    name: (d) => d.title,
    nav: {
      label: 'Good practices',
      short: ['', 'Good ', 'practices'],
      key: 'practices',
      list: '/practices/',
      header: 5,
    },
    description: 'Good practices, with who runs them and who assessed them.',
    tables: [table('practices')],
  },
  press: {
    ...schemas.press,
    labels: { one: 'Press release', many: 'Press releases', ref: 'press release' },
    refHint: 'use the id of a file in content/press/',
    path: (id) => `/press/${id}/`,
    ownPage: true,
    order: (a, b) => comparePartialDates(b.date, a.date),
    name: (d) => d.title,
    nav: { label: 'Press', key: 'press', list: '/press/', header: 6 },
    description: 'Digests of press releases.',
    tables: [table('press')],
  },
  people: {
    ...schemas.people,
    labels: { one: 'Person', many: 'People', ref: 'person' },
    refHint: 'use the id of a file in content/people/ (first and last name in kebab-case, e.g. "valiant-richey")',
    path: (id) => `/people/${id}/`,
    ownPage: true,
    order: byName,
    name: (d) => d.name,
    nav: { label: 'People', key: 'press', list: '/people/', parent: 'press' },
    description: 'People quoted or speaking in press releases, with their roles.',
    tables: [],
  },
  countries: {
    ...schemas.countries,
    labels: { one: 'Country', many: 'Countries', ref: 'country' },
    refHint: 'use an ISO 3166-1 alpha-2 code in lower case that is a key of content/data/countries.yaml, e.g. "fr"',
    path: (id) => `/countries/${id}/`,
    ownPage: true,
    order: byName,
    name: (d) => d.name,
    nav: { label: 'Countries', key: 'countries', list: '/countries/', header: 3 },
    description: 'States with their OSCE status, Council of Europe membership and status under CETS No. 197.',
    tables: [table('countries')],
  },
  themes: {
    ...schemas.themes,
    labels: { one: 'Theme', many: 'Themes', ref: 'theme' },
    refHint: 'use a theme id from content/data/themes.yaml',
    path: (id) => `/themes/${id}/`,
    ownPage: true,
    order: (a, b) => a.label.localeCompare(b.label, 'en'),
    name: (d) => d.label,
    nav: { label: 'Themes', key: 'themes', list: '/themes/', header: 7 },
    description: 'The topics records are tagged with.',
    tables: [],
  },
  organisations: {
    ...schemas.organisations,
    labels: { one: 'Organisation', many: 'Organisations', ref: 'organisation' },
    refHint: 'use an organisation id from content/data/organisations.yaml',
    path: (id) => `/organisations/${id}/`,
    ownPage: true,
    name: (d) => d.name,
    nav: { label: 'Organisations', key: 'organisations', list: '/organisations/' },
    crumb: (d) => d.acronym ?? d.name,
    description: 'Organisations and bodies named in the records.',
    tables: [],
  },
  chapters: {
    ...schemas.chapters,
    labels: { one: 'Chapter', many: 'Chapters', ref: 'chapter' },
    refHint: 'use a chapter id from content/data/chapters.yaml (its roman numeral in lower case, e.g. "iii")',
    path: (id) => `/convention/chapters/${id}/`,
    // Chapter pages list their articles; they are not record pages (no JSON twin, no "Referenced by").
    ownPage: false,
    order: (a, b) => a.firstArticle - b.firstArticle,
    name: (d) => `Chapter ${d.numeral}: ${d.title}`,
    crumb: (d) => `Chapter ${d.numeral}`,
    description: 'The chapters of CETS No. 197.',
    tables: [],
  },
  sources: {
    ...schemas.sources,
    labels: { one: 'Source', many: 'Sources', ref: 'source' },
    refHint: 'use a source id from content/data/sources.yaml, e.g. "s02"',
    ownPage: false,
    name: (d) => d.title,
    description: 'Checked sources that the country and Convention data cite by id.',
    tables: [],
  },
  facts: {
    ...schemas.facts,
    labels: { one: 'Convention fact', many: 'Convention facts', ref: 'Convention fact' },
    refHint: 'use a key of content/data/convention-facts.yaml',
    path: () => '/convention/#key-facts',
    ownPage: false,
    name: (d) => d.label,
    description: 'Checked facts about CETS No. 197.',
    tables: [],
  },
  rounds: {
    ...schemas.rounds,
    labels: { one: 'GRETA evaluation round', many: 'GRETA evaluation rounds', ref: 'GRETA round' },
    refHint: 'use a round id of content/data/greta-rounds.yaml, e.g. "round-3"',
    path: (id) => `/convention/#${id}`,
    ownPage: false,
    order: (a, b) => a.number - b.number,
    name: (d) => `GRETA evaluation round ${d.number}`,
    description: 'GRETA evaluation rounds.',
    tables: [],
  },
} as const satisfies Record<CollectionName, CollectionDescription>;

/** Collections registered at run time (tests register fixture collections here; the site registers none). */
const extra = new Map<string, CollectionDescription>();

/** Registers one more collection, for tests that show how a new collection plugs in. Returns a function that removes it again. */
export function registerCollection(name: string, description: CollectionDescription): () => void {
  if (name in COLLECTIONS || extra.has(name)) throw new Error(`collection "${name}" is already registered`);
  extra.set(name, description);
  return () => void extra.delete(name);
}

/** The description of one collection. */
export function collection(name: CollectionName): CollectionDescription {
  const d = (COLLECTIONS as Record<string, CollectionDescription>)[name] ?? extra.get(name);
  if (!d) throw new Error(`no collection "${name}" in the registry (src/lib/collections.ts)`);
  return d;
}

/** Every collection name, in registry order (registered ones last). */
export function allCollections(): CollectionName[] {
  return [...(Object.keys(COLLECTIONS) as CollectionName[]), ...(extra.keys() as Iterable<CollectionName>)];
}

// The list in src/schemas/fields.ts and the registry must name the same collections.
if (collectionNames.length !== Object.keys(COLLECTIONS).length)
  throw new Error('src/schemas/fields.ts collectionNames and src/lib/collections.ts disagree');
