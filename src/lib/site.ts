/**
 * All records of the site, loaded once per build with their link graph. Pages ask this module
 * instead of loading and walking collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionNames, type CollectionName } from '../schemas/fields.ts';
import { allCollections, collection, type RecordData } from './collections.ts';
import { LinkGraph, type Endpoint } from './link-graph.ts';
import { recordPageKey } from './page-keys.ts';
import { recordUrl } from './urls.ts';

export type Entry<C extends CollectionName> = CollectionEntry<C>;

async function load() {
  // Every collection of the registry, each in its registry order (src/lib/collections.ts).
  const lists = await Promise.all(
    collectionNames.map(async (c) => {
      const list = (await getCollection(c)) as { data: RecordData }[];
      const order = collection(c).order;
      if (order) list.sort((a, b) => order(a.data, b.data));
      return [c, list] as const;
    }),
  );
  const all = Object.fromEntries(lists) as unknown as { [C in CollectionName]: Entry<C>[] };
  const byId = Object.fromEntries(
    Object.entries(all).map(([name, list]) => [name, new Map((list as { id: string }[]).map((e) => [e.id, e]))]),
  ) as { [C in CollectionName]: Map<string, Entry<C>> };
  const graph = new LinkGraph(Object.values(all).flat());
  return { ...all, byId, graph };
}

let cached: ReturnType<typeof load> | undefined;
/** The whole site, loaded once. */
export function site() {
  cached ??= load();
  return cached;
}
export type Site = Awaited<ReturnType<typeof load>>;

/** One record by collection and id; throws if missing (references are checked before the build, so it cannot be). */
export function get<C extends CollectionName>(s: Site, collection: C, id: string): Entry<C> {
  const e = s.byId[collection].get(id) as Entry<C> | undefined;
  if (!e) throw new Error(`No ${collection} record "${id}"`);
  return e;
}

/** The name a record goes by in lists and links (the registry's `name`). */
export function label(s: Site, e: Endpoint): string {
  return collection(e.collection).name(get(s, e.collection, e.id).data as RecordData, e.anchor);
}

/** Where a record (or a provision inside it) lives on the site. */
export function urlOf(e: Endpoint): string | undefined {
  return recordUrl(e.collection, e.id, e.anchor);
}

/** Human names of collections, for headings and type labels (the registry's labels). */
export const collectionLabels = Object.fromEntries(
  allCollections().map((c) => [c, { one: collection(c).labels.one, many: collection(c).labels.many }]),
) as Record<CollectionName, { one: string; many: string }>;

/**
 * getStaticPaths for a collection whose pages are addressed by id: one page per record, the entry as a prop, and the
 * key that lets an incremental build skip the page while nothing it shows has changed (src/lib/page-keys.ts).
 */
export async function pathsById<
  C extends 'commitments' | 'countries' | 'naps' | 'practices' | 'press' | 'people' | 'themes' | 'organisations',
>(collection: C) {
  const s = await site();
  return (s[collection] as Entry<C>[]).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
    cacheKey: recordPageKey(s, collection, entry.id),
  }));
}
