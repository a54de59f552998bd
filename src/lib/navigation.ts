/**
 * The site's navigation, read from the collection registry (src/lib/collections.ts, each entry's `nav` and
 * `crumb`) and from the few sections that are not collections (PAGES below): the header's links and every page's
 * breadcrumb trail. Pages never write a section's name or path in a trail: they ask for it here.
 */
import type { CollectionName } from '../schemas/fields.ts';
import { allCollections, collection, type COLLECTIONS, type NavSection, type RecordData } from './collections.ts';
import { href, recordUrl } from './urls.ts';

/** One step of a breadcrumb trail; the last one (the page itself) has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** One link of the header navigation. */
interface NavItem {
  /** The section it leads to: the link is marked as the current page on pages of that section. */
  key: string;
  label: string;
  href: string;
  /** The label in three parts, the middle one hidden (but still read out) where the header row is tight. */
  short?: readonly [string, string, string];
}

/** A section of the site that is not a collection: its label in trails, its path, and the section it sits in. */
interface PageSection {
  label: string;
  path: string;
  /** The section it sits in. */
  parent?: SectionKey;
}

/** Collections that have a section of the site (a list page): those with `nav` in the registry. */
type NavCollection = {
  [K in keyof typeof COLLECTIONS]: (typeof COLLECTIONS)[K] extends { nav: NavSection } ? K : never;
}[keyof typeof COLLECTIONS];

/** The sections of the site that are not collections. */
type PageKey =
  | 'monitoring'
  | 'monitoringLatest'
  | 'monitoringMaps'
  | 'compare'
  | 'crosswalk'
  | 'search'
  | 'data'
  | 'about'
  | 'contribute';

/** A section of the site: a collection with a list page, or one of PAGES. */
type SectionKey = NavCollection | PageKey;

const PAGES: Record<PageKey, PageSection> = {
  monitoring: { label: 'Monitoring', path: '/monitoring/', parent: 'naps' },
  monitoringLatest: { label: 'Latest plans', path: '/monitoring/latest/', parent: 'monitoring' },
  monitoringMaps: { label: 'Maps', path: '/monitoring/maps/', parent: 'monitoring' },
  compare: { label: 'Compare', path: '/compare/', parent: 'naps' },
  crosswalk: { label: 'Crosswalk', path: '/crosswalk/' },
  search: { label: 'Search', path: '/search/' },
  data: { label: 'Open data', path: '/data/' },
  about: { label: 'About', path: '/about/' },
  contribute: { label: 'Contribute', path: '/contribute/' },
};

function isPage(key: SectionKey): key is PageKey {
  return Object.hasOwn(PAGES, key);
}

/** The registry's `nav` of a collection (a parent section named in the registry must have one). */
function navOf(name: CollectionName): NavSection {
  const nav = collection(name).nav;
  if (!nav) throw new Error(`collection "${name}" has no section of the site (no \`nav\` in src/lib/collections.ts)`);
  return nav;
}

/** The header navigation: the collections with a `header` position, in that order. */
export function headerNav(): NavItem[] {
  const linked = allCollections().flatMap((c) => {
    const nav = collection(c).nav;
    return nav?.header === undefined ? [] : [{ nav, at: nav.header }];
  });
  return linked
    .sort((a, b) => a.at - b.at)
    .map(({ nav: { key, label, list, short } }) => ({ key, label, href: href(list), ...(short ? { short } : {}) }));
}

/** The first step of every trail. */
function homeCrumb(): Crumb {
  return { label: 'Home', href: href('/') };
}

/** The linked steps that lead to a section's page, the sections it sits in first: Action Plans › Monitoring. */
function sectionCrumbs(key: SectionKey): Crumb[] {
  if (isPage(key)) {
    const page = PAGES[key];
    return [...(page.parent ? sectionCrumbs(page.parent) : []), { label: page.label, href: href(page.path) }];
  }
  const nav = navOf(key);
  return [...(nav.parent ? sectionCrumbs(nav.parent as SectionKey) : []), listCrumb(key)];
}

/** The linked step to a collection's list page. */
function listCrumb(name: CollectionName): Crumb {
  const nav = navOf(name);
  return { label: nav.label, href: href(nav.list) };
}

/** Home, then the steps; the last step is the page itself and loses its link. */
function trail(steps: Crumb[]): Crumb[] {
  const all = [homeCrumb(), ...steps];
  return all.map((c, i) => (i === all.length - 1 ? { label: c.label } : c));
}

/** The trail of a section's own page (a list page, or a page such as search or about): Home › Action Plans. */
export function listTrail(key: SectionKey): Crumb[] {
  return trail(sectionCrumbs(key));
}

/** The trail of a page inside a section that is not a record of it: Home › Action Plans › Compare › France and Germany. */
export function sectionTrail(key: SectionKey, ...steps: (Crumb | string)[]): Crumb[] {
  return trail([...sectionCrumbs(key), ...steps.map((s) => (typeof s === 'string' ? { label: s } : s))]);
}

/** The short name of a record in a trail: the registry's `crumb`, or else its `name`. */
export function recordLabel(name: CollectionName, data: RecordData): string {
  const d = collection(name);
  return d.crumb ? d.crumb(data) : d.name(data);
}

/** A linked step to a record's page (an article's chapter). */
export function recordCrumb(name: CollectionName, id: string, data: RecordData): Crumb {
  const url = recordUrl(name, id);
  return { label: recordLabel(name, data), ...(url === undefined ? {} : { href: url }) };
}

/**
 * The trail of a record page: Home › its collection's list › (steps `via`) › the record's short name. The list's own
 * `parent` is not repeated (a person's page: Home › People › the name). `record` is the record's data (named by the
 * registry) or, where the name needs another record (a plan's country), the name itself.
 */
export function recordTrail(name: NavCollection, record: RecordData | string, via: Crumb[] = []): Crumb[] {
  const label = typeof record === 'string' ? record : recordLabel(name, record);
  return trail([listCrumb(name), ...via, { label }]);
}
