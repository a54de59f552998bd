/**
 * Every path of the site, built in one place. Pages never concatenate URLs: they call these.
 * All paths honour the base path set at build time (BASE_PATH), so the site works under a sub-path.
 */
import type { CollectionName } from '../schemas/fields.ts';

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefixes a site path ("/naps/") with the base path. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** The id of an article record from its number: 4 → "article-04". */
export function articleId(number: number): string {
  return `article-${String(number).padStart(2, '0')}`;
}
/** The number of an article from its id: "article-04" → 4. */
export function articleNumber(id: string): number {
  return Number(id.replace(/^article-/, ''));
}

/** Anchor of an OSCE provision: "III.1.2" → "p-iii-1-2". */
export function provisionAnchor(ref: string): string {
  return `p-${ref.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`;
}
/** Anchor of an article paragraph: "12(1)(b)" → "para-12-1-b". */
export function paragraphAnchor(paragraph: string): string {
  return `para-${paragraph.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`;
}

export const paths = {
  home: () => href('/'),
  convention: () => href('/convention/'),
  chapter: (id: string) => href(`/convention/chapters/${id}/`),
  conventionSection: (anchor: string) => `${href('/convention/')}#${anchor}`,
  article: (number: number, paragraph?: string) => href(`/convention/articles/${number}/`) + (paragraph ? `#${paragraphAnchor(paragraph)}` : ''),
  commitments: () => href('/commitments/'),
  commitment: (id: string, provisionRef?: string) => href(`/commitments/${id}/`) + (provisionRef ? `#${provisionAnchor(provisionRef)}` : ''),
  countries: () => href('/countries/'),
  country: (id: string) => href(`/countries/${id}/`),
  naps: () => href('/naps/'),
  nap: (id: string) => href(`/naps/${id}/`),
  practices: () => href('/practices/'),
  practice: (id: string) => href(`/practices/${id}/`),
  press: () => href('/press/'),
  pressRelease: (id: string) => href(`/press/${id}/`),
  pressFeed: () => href('/press/feed.xml'),
  countryPressFeed: (id: string) => href(`/countries/${id}/press.xml`),
  themePressFeed: (id: string) => href(`/themes/${id}/press.xml`),
  people: () => href('/people/'),
  person: (id: string) => href(`/people/${id}/`),
  themes: () => href('/themes/'),
  theme: (id: string) => href(`/themes/${id}/`),
  organisations: () => href('/organisations/'),
  organisation: (id: string) => href(`/organisations/${id}/`),
  crosswalk: () => href('/crosswalk/'),
  data: () => href('/data/'),
  monitoring: () => href('/monitoring/'),
  monitoringLatest: () => href('/monitoring/latest/'),
  monitoringMaps: () => href('/monitoring/maps/'),
  compare: () => href('/compare/'),
  comparePair: (slug: string) => href(`/compare/${slug}/`),
  about: () => href('/about/'),
  contribute: () => href('/contribute/'),
  search: (query?: string) => href('/search/') + (query ? `?q=${encodeURIComponent(query)}` : ''),
  pagefind: () => href('/pagefind/'),
};

/** Collections whose records each have a page of their own (the others show on the Convention overview or nowhere). */
export const PAGE_COLLECTIONS: readonly CollectionName[] = ['countries', 'themes', 'organisations', 'convention', 'commitments', 'naps', 'practices', 'press', 'people'];

/** The page of any record, with an optional anchor inside it (a provision ref or an article paragraph). */
export function recordUrl(collection: CollectionName, id: string, anchor?: string): string | undefined {
  switch (collection) {
    case 'convention': return paths.article(articleNumber(id), anchor);
    case 'commitments': return paths.commitment(id, anchor);
    case 'countries': return paths.country(id);
    case 'naps': return paths.nap(id);
    case 'practices': return paths.practice(id);
    case 'press': return paths.pressRelease(id);
    case 'people': return paths.person(id);
    case 'themes': return paths.theme(id);
    case 'organisations': return paths.organisation(id);
    case 'chapters': return paths.chapter(id);
    case 'sources': return undefined;
    case 'facts': return paths.conventionSection('key-facts');
    case 'rounds': return paths.conventionSection(id);
  }
}
