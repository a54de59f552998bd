/**
 * All records of the site, loaded once per build with their link graph. Pages ask this module
 * instead of loading and walking collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../schemas/fields.ts';
import { comparePartialDates } from './dates.ts';
import { LinkGraph, type Endpoint } from './link-graph.ts';
import { articleShortCitation } from './citations.ts';
import { recordUrl } from './urls.ts';

export type Entry<C extends CollectionName> = CollectionEntry<C>;

async function load() {
  const [countries, themes, organisations, chapters, sources, facts, rounds, convention, commitments, naps, practices, press, people] = await Promise.all([
    getCollection('countries'),
    getCollection('themes'),
    getCollection('organisations'),
    getCollection('chapters'),
    getCollection('sources'),
    getCollection('facts'),
    getCollection('rounds'),
    getCollection('convention'),
    getCollection('commitments'),
    getCollection('naps'),
    getCollection('practices'),
    getCollection('press'),
    getCollection('people'),
  ]);
  convention.sort((a, b) => a.data.number - b.data.number);
  commitments.sort((a, b) => comparePartialDates(a.data.adopted, b.data.adopted));
  press.sort((a, b) => comparePartialDates(b.data.date, a.data.date));
  naps.sort((a, b) => a.data.country.id.localeCompare(b.data.country.id) || b.data.period.from - a.data.period.from);
  practices.sort((a, b) => a.data.title.localeCompare(b.data.title));
  people.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  countries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  themes.sort((a, b) => a.data.label.localeCompare(b.data.label, 'en'));
  chapters.sort((a, b) => a.data.firstArticle - b.data.firstArticle);
  rounds.sort((a, b) => a.data.number - b.data.number);
  const all = { countries, themes, organisations, chapters, sources, facts, rounds, convention, commitments, naps, practices, press, people };
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

/** The name a record goes by in lists and links. */
export function label(s: Site, e: Endpoint): string {
  switch (e.collection) {
    case 'convention': {
      const a = get(s, 'convention', e.id).data;
      return `${articleShortCitation(a.number)}: ${a.title}`;
    }
    case 'commitments': {
      const c = get(s, 'commitments', e.id).data;
      const name = c.symbol ?? c.title;
      return e.anchor ? `${name}, ${e.anchor}` : `${name}: ${c.title}`;
    }
    case 'countries': return get(s, 'countries', e.id).data.name;
    case 'themes': return get(s, 'themes', e.id).data.label;
    case 'organisations': return get(s, 'organisations', e.id).data.name;
    case 'chapters': { const c = get(s, 'chapters', e.id).data; return `Chapter ${c.numeral}: ${c.title}`; }
    case 'naps': return get(s, 'naps', e.id).data.title;
    case 'practices': return get(s, 'practices', e.id).data.title;
    case 'press': return get(s, 'press', e.id).data.title;
    case 'people': return get(s, 'people', e.id).data.name;
    case 'sources': return get(s, 'sources', e.id).data.title;
    case 'facts': return get(s, 'facts', e.id).data.label;
    case 'rounds': return `GRETA evaluation round ${get(s, 'rounds', e.id).data.number}`;
  }
}

/** Where a record (or a provision inside it) lives on the site. */
export function urlOf(e: Endpoint): string | undefined {
  return recordUrl(e.collection, e.id, e.anchor);
}

/** Human names of collections, for headings and type labels. */
export const collectionLabels: Record<CollectionName, { one: string; many: string }> = {
  convention: { one: 'Convention article', many: 'Convention articles' },
  commitments: { one: 'OSCE commitment', many: 'OSCE commitments' },
  naps: { one: 'National Action Plan', many: 'National Action Plans' },
  practices: { one: 'Good practice', many: 'Good practices' },
  press: { one: 'Press release', many: 'Press releases' },
  people: { one: 'Person', many: 'People' },
  countries: { one: 'Country', many: 'Countries' },
  themes: { one: 'Theme', many: 'Themes' },
  organisations: { one: 'Organisation', many: 'Organisations' },
  chapters: { one: 'Chapter', many: 'Chapters' },
  sources: { one: 'Source', many: 'Sources' },
  facts: { one: 'Convention fact', many: 'Convention facts' },
  rounds: { one: 'GRETA evaluation round', many: 'GRETA evaluation rounds' },
};

/** getStaticPaths for a collection whose pages are addressed by id: one page per record, the entry as a prop. */
export async function pathsById<C extends 'commitments' | 'countries' | 'naps' | 'practices' | 'press' | 'people' | 'themes' | 'organisations'>(collection: C) {
  const s = await site();
  return (s[collection] as Entry<C>[]).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
