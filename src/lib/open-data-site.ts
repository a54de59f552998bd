/**
 * Open data from the site's records: the adapter between src/lib/site.ts and the pure builders of
 * src/lib/open-data.ts. Endpoints under src/pages/data/ and the per-record JSON files call these.
 */
import { absoluteUrl } from './feeds.ts';
import { crosswalkLinks, exportRows } from './crosswalk.ts';
import { napRows } from './nap-table.ts';
import {
  articleRows,
  collectionJson,
  collectionJsonSchema,
  commitmentRows,
  countryRows,
  dataPackage,
  JSON_COLLECTIONS,
  napCsvRow,
  obligationRows,
  practiceRows,
  pressRows,
  provisionRows,
  recordJson,
  recordJsonPath,
  TABLES,
  toPlain,
  type PlainEntry,
  type Table,
  withDerivedFields,
} from './open-data.ts';
import { allCollections, collection } from './collections.ts';
import { collectionLabels, type Site } from './site.ts';
import { href, paths, recordUrl } from './urls.ts';
import type { CollectionName } from '../schemas/fields.ts';

type SiteUrl = URL | string | undefined;

/** Site paths of the open data files (base path included). */
export const dataPaths = {
  page: () => paths.data(),
  collection: (name: string) => href(`/data/${name}.json`),
  table: (name: string) => href(`/data/${name}.csv`),
  schema: (name: string) => href(`/data/schemas/${name}.schema.json`),
  datapackage: () => href('/data/datapackage.json'),
};

/** What each collection holds, for the JSON files, the package and the page (the registry's descriptions). */
export const COLLECTION_DESCRIPTIONS = Object.fromEntries(
  allCollections().map((c) => [c, collection(c).description]),
) as Record<CollectionName, string>;

type PublishedEntry = { id: string; data: unknown; body?: string };
/** The records of a collection as published: their own fields, then those derived from other records (open-data.ts). */
const entriesOf = (s: Site, c: CollectionName): readonly PublishedEntry[] =>
  withDerivedFields(c, s[c] as unknown as PublishedEntry[], { rounds: s.rounds.map((r) => r.data) });
const plain = (s: Site, c: CollectionName): PlainEntry[] =>
  entriesOf(s, c).map((e) => ({ id: e.id, data: toPlain(e.data) as Record<string, unknown> }));

/** Absolute URL of a record's page, or undefined for a collection without pages of its own. */
function pageUrl(c: CollectionName, id: string, site: SiteUrl, anchor?: string): string | undefined {
  const path = recordUrl(c, id, anchor);
  return path === undefined ? undefined : absoluteUrl(path, site);
}
/** Records with a page of their own (no anchor): the ones that get a JSON file next to it. */
function ownPage(c: CollectionName, id: string): string | undefined {
  const path = recordUrl(c, id);
  return path && recordJsonPath(path) ? path : undefined;
}

/** The records of a collection as published. */
export function records(s: Site, c: CollectionName, site: SiteUrl) {
  return entriesOf(s, c).map((e) => recordJson(e, ownPage(c, e.id) ? pageUrl(c, e.id, site) : undefined));
}

export function collectionFile(s: Site, c: CollectionName, site: SiteUrl) {
  return collectionJson(
    c,
    {
      title: collectionLabels[c].many,
      description: COLLECTION_DESCRIPTIONS[c],
      schemaUrl: absoluteUrl(dataPaths.schema(c), site),
    },
    records(s, c, site),
  );
}

export function schemaFile(c: CollectionName, site: SiteUrl) {
  return collectionJsonSchema(c, absoluteUrl(dataPaths.schema(c), site));
}

/** One entry per record that has a page: its JSON file's path without the base and the .json ("naps/fr-2024-2027"). */
export function recordFiles(s: Site) {
  const base = href('/');
  return JSON_COLLECTIONS.flatMap((collection) =>
    entriesOf(s, collection).flatMap((e) => {
      const page = ownPage(collection, e.id);
      if (!page) return [];
      return [
        {
          file: recordJsonPath(page)!
            .slice(base.length)
            .replace(/\.json$/, ''),
          collection,
          id: e.id,
        },
      ];
    }),
  );
}

/** One record as its own JSON file publishes it. */
export function recordFile(s: Site, c: CollectionName, id: string, site: SiteUrl) {
  const e = entriesOf(s, c).find((x) => x.id === id);
  if (!e) throw new Error(`No ${c} record "${id}"`);
  return recordJson(e, pageUrl(c, id, site));
}

/** The rows of a CSV table, from the same row builders as the pages and the older exports. */
export function tableRows(s: Site, table: Table, site: SiteUrl): Record<string, unknown>[] {
  const at = (c: CollectionName) => (id: string, anchor?: string) => pageUrl(c, id, site, anchor)!;
  switch (table.name) {
    case 'naps':
      return napRows(s, site === undefined ? undefined : new URL(site)).map(napCsvRow);
    case 'countries':
      return countryRows(plain(s, 'countries'), at('countries'));
    case 'commitments':
      return commitmentRows(plain(s, 'commitments'), at('commitments'));
    case 'provisions':
      return provisionRows(plain(s, 'commitments'), at('commitments'));
    case 'articles':
      return articleRows(plain(s, 'convention'), at('convention'));
    case 'obligations':
      return obligationRows(plain(s, 'convention'), at('convention'));
    case 'practices':
      return practiceRows(plain(s, 'practices'), at('practices'));
    case 'press':
      return pressRows(plain(s, 'press'), at('press'));
    case 'crosswalk':
      return exportRows(crosswalkLinks(s), paths, (p) => absoluteUrl(p, site)) as unknown as Record<string, unknown>[];
    default:
      throw new Error(`No rows for table "${table.name}"`);
  }
}

export function packageFile(s: Site, site: SiteUrl) {
  return dataPackage({
    home: absoluteUrl(paths.home(), site),
    dataPage: absoluteUrl(dataPaths.page(), site),
    collections: JSON_COLLECTIONS.map((c) => ({
      name: c,
      title: collectionLabels[c].many,
      description: COLLECTION_DESCRIPTIONS[c],
      count: entriesOf(s, c).length,
    })),
    tables: TABLES.map((table) => ({ table, count: tableRows(s, table, site).length })),
  });
}
