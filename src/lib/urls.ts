/**
 * Every path of the site, built in one place. Pages never concatenate URLs: they call these.
 * All paths honour the base path set at build time (BASE_PATH), so the site works under a sub-path.
 */
import type { CollectionName } from '../schemas/fields.ts';
import { articleId } from '../schemas/ids.ts';
import { allCollections, collection } from './collections.ts';

/**
 * The base path: Vite writes it in at build time; scripts run by plain Node have no `import.meta.env` and get "/".
 * Read as `import.meta.env.BASE_URL`, never a bare `import.meta.env`: Astro replaces that with an object of the
 * environment variables whose names appear in this file, which would make this module's code (and Astro's hash of
 * every page's code, ADR 0015) depend on how the build was started.
 */
function basePath(): string {
  try {
    return import.meta.env.BASE_URL ?? '/';
  } catch {
    return '/';
  }
}
const BASE = basePath().replace(/\/?$/, '/');

/** Prefixes a site path ("/naps/") with the base path. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export { articleId, articleNumber } from '../schemas/ids.ts';
export { paragraphAnchor, provisionAnchor } from './anchors.ts';

export const paths = {
  home: () => href('/'),
  convention: () => listPath('convention'),
  chapter: (id: string) => recordPath('chapters', id),
  conventionSection: (anchor: string) => `${href('/convention/')}#${anchor}`,
  article: (number: number, paragraph?: string) => recordPath('convention', articleId(number), paragraph),
  commitments: () => listPath('commitments'),
  commitment: (id: string, provisionRef?: string) => recordPath('commitments', id, provisionRef),
  countries: () => listPath('countries'),
  country: (id: string) => recordPath('countries', id),
  naps: () => listPath('naps'),
  nap: (id: string) => recordPath('naps', id),
  practices: () => listPath('practices'),
  practice: (id: string) => recordPath('practices', id),
  press: () => listPath('press'),
  pressRelease: (id: string) => recordPath('press', id),
  pressFeed: () => href('/press/feed.xml'),
  countryPressFeed: (id: string) => href(`/countries/${id}/press.xml`),
  themePressFeed: (id: string) => href(`/themes/${id}/press.xml`),
  people: () => listPath('people'),
  person: (id: string) => recordPath('people', id),
  themes: () => listPath('themes'),
  theme: (id: string) => recordPath('themes', id),
  organisations: () => listPath('organisations'),
  organisation: (id: string) => recordPath('organisations', id),
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

/** Collections whose records each have a page of their own (the others show on the Convention overview or nowhere). From the registry. */
export const PAGE_COLLECTIONS: readonly CollectionName[] = allCollections().filter((c) => collection(c).ownPage);

/** The page of any record, with an optional anchor inside it (a provision ref or an article paragraph); the registry says where. */
export function recordUrl(collectionName: CollectionName, id: string, anchor?: string): string | undefined {
  const path = collection(collectionName).path?.(id, anchor);
  return path === undefined ? undefined : href(path);
}

/** A collection's list page for `paths`: the registry's `nav.list`. */
function listPath(collectionName: CollectionName): string {
  const list = collection(collectionName).nav?.list;
  if (list === undefined) throw new Error(`${collectionName} has no list page (no \`nav\` in src/lib/collections.ts)`);
  return href(list);
}

/** A record path for `paths`, whose record collections always have one. */
function recordPath(collectionName: CollectionName, id: string, anchor?: string): string {
  const url = recordUrl(collectionName, id, anchor);
  if (url === undefined) throw new Error(`${collectionName} records have no page (src/lib/collections.ts)`);
  return url;
}
