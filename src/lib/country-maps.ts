/** The maps of the country pages: which States are drawn, and how each is coloured. */
import { boundsAround, drawMap, type MapCountry } from './map.ts';
import { isParty } from './convention.ts';
import { NAP_STATUS, napStatus } from './naps.ts';
import { napsByCountry } from './country-naps.ts';
import { CETS_STATUS } from './countries.ts';
import type { Site } from './site.ts';
import { paths } from './urls.ts';

/** The OSCE region as the site draws it: the participating States, and Convention Parties outside the OSCE. */
export function regionCountries(s: Site) {
  return s.countries.filter((c) => c.data.osce === 'participating-state' || isParty(c.data.cets197.status));
}

export const CONVENTION_LEGEND = [
  { className: 'map-a', label: 'Party to CETS No. 197' },
  { className: 'map-none', label: 'Not a Party' },
];
export const NAP_LEGEND = [
  { className: 'map-a', label: NAP_STATUS.current },
  { className: 'map-c', label: NAP_STATUS.past },
  { className: 'map-none', label: NAP_STATUS.none },
];

export function conventionItems(s: Site): MapCountry[] {
  return regionCountries(s).map((c) => ({
    id: c.id,
    name: c.data.name,
    href: paths.country(c.id),
    className: isParty(c.data.cets197.status) ? 'map-a' : 'map-none',
    status: CETS_STATUS[c.data.cets197.status],
  }));
}

export function napItems(s: Site): MapCountry[] {
  const byCountry = napsByCountry(s.naps);
  return regionCountries(s).map((c) => {
    const status = napStatus((byCountry.get(c.id) ?? []).map((n) => n.data.period));
    return {
      id: c.id,
      name: c.data.name,
      href: paths.country(c.id),
      className: status === 'current' ? 'map-a' : status === 'past' ? 'map-c' : 'map-none',
      status: NAP_STATUS[status],
    };
  });
}

/** Europe and Central Asia, where most of the region lies, so that Europe stays legible. */
const EURASIA: [[number, number], [number, number]] = [
  [-24, 30],
  [95, 71],
];
const NORTH_AMERICA = ['us', 'ca'];

/**
 * The region map: Europe and Central Asia, and North America (Canada, United States) as an inset. `digits: 0` rounds
 * its coordinates to whole units, a third lighter, for a page where the map is one entry point among others (home).
 */
export function regionMap(
  items: MapCountry[],
  { digits = 1, everyShape = false }: { digits?: number; everyShape?: boolean } = {},
) {
  return {
    main: drawMap(
      items.filter((i) => !NORTH_AMERICA.includes(i.id)),
      { bounds: EURASIA, padding: 0.02, digits, everyShape },
    ),
    inset: drawMap(
      items.filter((i) => NORTH_AMERICA.includes(i.id)),
      { width: 240, height: 160, padding: 0.04, digits, everyShape },
    ),
  };
}

/** The size of a locator map's view. */
export const LOCATOR_SIZE = { width: 480, height: 320 };

/**
 * A locator map: the country in the middle of its view with its neighbours around it, each named where there is
 * room (`names`: short names by id; other countries go by the atlas's name).
 */
export function drawLocator(item: MapCountry, names: Map<string, string>, { everyShape = false } = {}) {
  const bounds = boundsAround(item.id);
  // Standard parallels through the view, so that a country far from Europe (Australia, Japan) keeps its shape.
  const parallels: [number, number] | undefined = bounds && [
    bounds[0][1] + (bounds[1][1] - bounds[0][1]) / 4,
    bounds[1][1] - (bounds[1][1] - bounds[0][1]) / 4,
  ];
  // Whole units, relative line commands and no islets under 4 square units: at 480 × 320 none of it shows, and
  // Russia's map, the largest, falls from 16 to about 5 KB gzipped (its page stays within the 20 KB budget).
  return drawMap([item], {
    ...LOCATOR_SIZE,
    padding: 0.04,
    names,
    digits: 0,
    minArea: 4,
    relative: true,
    everyShape,
    ...(bounds && { bounds }),
    ...(parallels && { parallels }),
  });
}

/** The locator map of a country page (any State the atlas draws, in the region or not). */
export function locatorMap(s: Site, id: string) {
  const c = s.countries.find((x) => x.id === id);
  if (!c || !boundsAround(id)) return undefined;
  const item = {
    id,
    name: c.data.name,
    href: paths.country(id),
    className: 'map-a',
    status: CETS_STATUS[c.data.cets197.status],
  };
  return drawLocator(item, new Map(s.countries.map((x) => [x.id, x.data.name])));
}
