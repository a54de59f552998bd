/**
 * Maps drawn at build time as inline SVG (d3-geo + world-atlas): no JavaScript in the browser.
 * Countries missing from the 1:110m atlas (the smallest States) are drawn as dots at their
 * centroid in the 1:50m atlas, so every State can be seen and clicked.
 */
import { createRequire } from 'node:module';
import {
  geoArea,
  geoBounds,
  geoCentroid,
  geoConicConformal,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
type Shape = Feature<Geometry, { name: string }>;

function load(scale: '110m' | '50m'): Map<string, Shape> {
  const topo = require(`world-atlas/countries-${scale}.json`) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return new Map(fc.features.filter((f) => f.id !== undefined).map((f) => [String(f.id).padStart(3, '0'), f as Shape]));
}

let atlas: { coarse: Map<string, Shape>; fine: Map<string, Shape> } | undefined;
function shapes() {
  atlas ??= { coarse: load('110m'), fine: load('50m') };
  return atlas;
}

/** ISO 3166-1 numeric code of an alpha-2 id ("md" → "498"), as the atlas keys its shapes. */
export function numericCode(alpha2: string): string | undefined {
  return countries.alpha2ToNumeric(alpha2.toUpperCase());
}

type Box = [[number, number], [number, number]];

/** West, south, east, north of a shape in degrees, with the east edge past 180° when it crosses the antimeridian. */
function degreeBounds(shape: GeoPermissibleObjects): Box {
  const [[w, s], [e, n]] = geoBounds(shape);
  return [
    [w, s],
    [e < w ? e + 360 : e, n],
  ];
}

/** Degrees between an island and a country's largest polygon, at most, for the island to count as its main territory. */
const NEAR = 3;

/**
 * The main territory of a country: its largest polygon and the islands near it (Corsica, Crete, Sicily), not
 * territories far away (French Guiana for France, Alaska and Hawaii for the United States, Svalbard for Norway),
 * which would otherwise stretch a locator map across an ocean.
 */
export function mainTerritory(shape: Shape): Shape {
  if (shape.geometry.type !== 'MultiPolygon') return shape;
  const known = mainTerritories.get(shape);
  if (known) return known;
  const parts = shape.geometry.coordinates.map((coordinates) => {
    const polygon = { type: 'Polygon' as const, coordinates };
    return { coordinates, area: geoArea(polygon), box: degreeBounds(polygon) };
  });
  const main = parts.reduce((a, b) => (b.area > a.area ? b : a));
  const gap = (a: Box, b: Box) =>
    Math.max(Math.max(0, b[0][0] - a[1][0], a[0][0] - b[1][0]), Math.max(0, b[0][1] - a[1][1], a[0][1] - b[1][1]));
  const kept = parts.filter((p) => p === main || gap(main.box, p.box) <= NEAR).map((p) => p.coordinates);
  const territory: Shape = { ...shape, geometry: { type: 'MultiPolygon', coordinates: kept } };
  mainTerritories.set(shape, territory);
  return territory;
}

// Pure geography, asked again for every map that shows the country: each atlas shape's answer is kept.
const mainTerritories = new WeakMap<Shape, Shape>();
const shapeBounds = new WeakMap<Shape, Box>();

/** A longitude as seen from a map's centre, from -180 to 180 degrees. */
function relativeLongitude(lon: number, centreLon: number): number {
  return ((((lon - centreLon) % 360) + 540) % 360) - 180;
}

/**
 * Whether a shape lies wholly outside a map's view, from its bounds in degrees, so that it need not be projected:
 * every map draws or labels only what falls inside the view, and projecting the whole atlas was most of a map's
 * cost. `window` is the view's extent in degrees, longitudes relative to the map's centre (see `viewWindow`).
 */
function outsideView(shape: Shape, window: Box | undefined, centreLon: number): boolean {
  if (!window) return false;
  let box = shapeBounds.get(shape);
  if (!box) {
    box = degreeBounds(shape as GeoPermissibleObjects);
    shapeBounds.set(shape, box);
  }
  const [[w, s], [e, n]] = box;
  if (n < window[0][1] || s > window[1][1]) return true;
  if (e - w >= 180) return false;
  // The shape's longitudes relative to the centre, tried a turn either way.
  const west = relativeLongitude(w, centreLon);
  const east = west + (e - w);
  return [-360, 0, 360].every((turn) => east + turn < window[0][0] || west + turn > window[1][0]);
}

/**
 * The extent of a view in degrees (longitudes relative to `centreLon`), from the edge of the view taken back through
 * the projection, with a margin of two degrees; undefined where that cannot be trusted (a pole in view, or a view
 * reaching round to the far side of the globe), and then no shape is left out.
 */
function viewWindow(projection: GeoProjection, width: number, height: number, centreLon: number): Box | undefined {
  for (const latitude of [90, -90]) {
    const pole = projection([0, latitude]);
    if (pole && pole[0] >= -1 && pole[0] <= width + 1 && pole[1] >= -1 && pole[1] <= height + 1) return undefined;
  }
  const STEPS = 200;
  let west = Infinity,
    south = Infinity,
    east = -Infinity,
    north = -Infinity;
  for (let i = 0; i <= STEPS; i++) {
    const t = i / STEPS;
    for (const [x, y] of [
      [-1 + (width + 2) * t, -1],
      [-1 + (width + 2) * t, height + 1],
      [-1, -1 + (height + 2) * t],
      [width + 1, -1 + (height + 2) * t],
    ] as const) {
      const point = projection.invert?.([x, y]);
      if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return undefined;
      const lon = relativeLongitude(point[0], centreLon);
      if (Math.abs(lon) > 170) return undefined;
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, point[1]);
      north = Math.max(north, point[1]);
    }
  }
  const MARGIN = 2;
  return [
    [west - MARGIN, south - MARGIN],
    [east + MARGIN, north + MARGIN],
  ];
}

function shapeOfCountry(alpha2: string): Shape | undefined {
  const { coarse, fine } = shapes();
  const code = numericCode(alpha2);
  return code ? (coarse.get(code) ?? fine.get(code)) : undefined;
}

/**
 * The view of a locator map in degrees: the country's main territory in the middle, taking at most about half
 * of the view, and at least `minLon` × `minLat` so that the neighbours of a small State can be seen around it.
 */
export function boundsAround(alpha2: string, minLon = 20, minLat = 11): Box | undefined {
  const shape = shapeOfCountry(alpha2);
  if (!shape) return undefined;
  const [[w, s], [e, n]] = degreeBounds(mainTerritory(shape) as GeoPermissibleObjects);
  const cx = (w + e) / 2,
    cy = (s + n) / 2;
  // A large country needs less room around it than a small one for its neighbours to show.
  const grow = e - w > 40 ? 1.3 : 1.8;
  const halfLon = Math.max(((e - w) / 2) * grow, minLon / 2),
    halfLat = Math.max(((n - s) / 2) * grow, minLat / 2);
  return [
    [cx - halfLon, Math.max(cy - halfLat, -85)],
    [cx + halfLon, Math.min(cy + halfLat, 85)],
  ];
}

export interface MapCountry {
  id: string;
  name: string;
  href: string;
  /** CSS class that colours it. */
  className: string;
  /** What the colour means, for its accessible name. */
  status: string;
}

export interface DrawnCountry extends MapCountry {
  /** SVG path, or a dot for a State too small for the atlas. */
  d?: string;
  dot?: { x: number; y: number };
}

/** A country's name placed on a locator map, at the middle of the part of it in view. */
export interface MapLabel {
  x: number;
  y: number;
  text: string;
  own: boolean;
}

export interface DrawnMap {
  width: number;
  height: number;
  background: string[];
  countries: DrawnCountry[];
  /** Names of the countries in view (locator maps only). */
  labels?: MapLabel[];
  /** Where the drawn countries' main territory lies in the view, in its coordinates (locator maps only). */
  frame?: Box;
}

/**
 * Draws `items`, fitted to the shapes of `fitTo` (ids; default: all items), with every other country of the
 * view as grey background. Coordinates are rounded to one decimal (`digits`) to keep the markup small.
 */
export function drawMap(
  items: MapCountry[],
  {
    width = 960,
    height = 560,
    fitTo,
    bounds,
    padding = 0.08,
    names,
    parallels = [35, 65],
    digits = 1,
    minArea = 0,
    relative = false,
    everyShape = false,
  }: {
    width?: number;
    height?: number;
    fitTo?: string[];
    bounds?: Box;
    padding?: number;
    names?: Map<string, string>;
    parallels?: [number, number];
    digits?: number;
    minArea?: number;
    relative?: boolean;
    /** Project every shape of the atlas, even those wholly out of view (the same map, slower: for tests). */
    everyShape?: boolean;
  } = {},
): DrawnMap {
  const { coarse, fine } = shapes();
  const shapeOf = (id: string) => {
    const code = numericCode(id);
    return code ? coarse.get(code) : undefined;
  };
  const fitIds = fitTo ?? items.map((i) => i.id);
  const fitShapes = fitIds
    .map((id) => shapeOf(id) ?? fine.get(numericCode(id) ?? ''))
    .filter((s): s is Shape => Boolean(s));
  // A box given in degrees (west, south, east, north) is fitted as the outline of its edges.
  const box = bounds && {
    type: 'Feature' as const,
    properties: { name: 'view' },
    geometry: {
      type: 'MultiPoint' as const,
      coordinates: [0, 0.25, 0.5, 0.75, 1].flatMap((t) => {
        const [[w, so], [e, n]] = bounds;
        const x = w + (e - w) * t;
        const y = so + (n - so) * t;
        return [
          [x, so],
          [x, n],
          [w, y],
          [e, y],
        ];
      }),
    },
  };
  const fc: FeatureCollection = { type: 'FeatureCollection', features: box ? [box] : fitShapes };
  const centreLon = bounds ? (bounds[0][0] + bounds[1][0]) / 2 : geoCentroid(fc as GeoPermissibleObjects)[0];
  const projection = geoConicConformal().rotate([-centreLon, 0]).parallels(parallels);
  const pad = Math.round(Math.min(width, height) * padding);
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    fc as GeoPermissibleObjects,
  );
  // Clip to the view: shapes outside it vanish and the ones across its edge are cut, keeping the markup small.
  projection.clipExtent([
    [-1, -1],
    [width + 1, height + 1],
  ]);
  const fullPath = geoPath(projection).digits(digits);
  // Islands smaller than `minArea` square units in view are left out (a locator shows where a country is, not its every islet).
  const path = (shape: GeoPermissibleObjects) => {
    const d = fullPath(minArea > 0 ? withoutSpecks(shape as Shape, fullPath, minArea) : shape);
    return d && relative ? relativePath(d) : d;
  };

  const window = everyShape ? undefined : viewWindow(projection, width, height, centreLon);
  const outside = (shape: Shape) => outsideView(shape, window, centreLon);
  const drawnIds = new Set<string>();
  const drawn: DrawnCountry[] = items.map((item) => {
    const shape = shapeOf(item.id);
    const code = numericCode(item.id);
    if (code) drawnIds.add(code);
    if (shape) return { ...item, d: path(shape as GeoPermissibleObjects) ?? '' };
    const small = code ? fine.get(code) : undefined;
    const point = small ? projection(geoCentroid(small as GeoPermissibleObjects)) : null;
    return point
      ? { ...item, dot: { x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 } }
      : { ...item };
  });
  // Background: other countries whose bounds meet the view.
  const background: string[] = [];
  for (const [code, shape] of coarse) {
    if (drawnIds.has(code) || outside(shape)) continue;
    const d = path(shape as GeoPermissibleObjects);
    if (d) background.push(d);
  }
  if (!names) return { width, height, background, countries: drawn };
  return {
    width,
    height,
    background,
    countries: drawn,
    ...locate(fullPath, coarse, fine, items, drawnIds, names, width, height, outside),
  };
}

/**
 * A path of whole-unit M/L/Z commands rewritten with relative line commands ("l2-1"), which halves a map's
 * compressed size; repeated points are dropped. Any other path is returned as it is.
 */
export function relativePath(d: string): string {
  if (!/^[MLZ0-9,-]*$/.test(d)) return d;
  return d.replace(
    /M(-?\d+),(-?\d+)((?:L-?\d+,-?\d+)*)(Z?)/g,
    (_m, x: string, y: string, lines: string, close: string) => {
      let px = Number(x),
        py = Number(y);
      let out = `M${px},${py}`;
      for (const [, a, b] of lines.matchAll(/L(-?\d+),(-?\d+)/g)) {
        const nx = Number(a),
          ny = Number(b);
        if (nx === px && ny === py) continue;
        out += `l${nx - px}${ny - py < 0 ? '' : ','}${ny - py}`;
        px = nx;
        py = ny;
      }
      return out + (close ? 'z' : '');
    },
  );
}

/** A shape without the polygons smaller than `minArea` in view; the largest polygon always stays. */
function withoutSpecks(shape: Shape, path: ReturnType<typeof geoPath>, minArea: number): GeoPermissibleObjects {
  if (shape.geometry.type !== 'MultiPolygon') return shape as GeoPermissibleObjects;
  const polygons = shape.geometry.coordinates.map((coordinates) => ({
    coordinates,
    area: path.area({ type: 'Polygon', coordinates } as GeoPermissibleObjects),
  }));
  const largest = Math.max(...polygons.map((p) => p.area));
  const kept = polygons.filter((p) => p.area >= minArea || p.area === largest).map((p) => p.coordinates);
  return { ...shape, geometry: { type: 'MultiPolygon', coordinates: kept } } as GeoPermissibleObjects;
}

/** Average width of a label's character at the size the locator map shows them (14 units; the country's own name 16, bold), in view units. */
const CHAR_WIDTH = 7.8;
const OWN_CHAR_WIDTH = 10;
const LABEL_HEIGHT = 17;

/**
 * The frame of the drawn countries in the view and the names of the countries large enough in view to carry one:
 * the drawn country first, then its neighbours from the largest, each skipped where it would overlap one already placed.
 */
function locate(
  path: ReturnType<typeof geoPath>,
  coarse: Map<string, Shape>,
  fine: Map<string, Shape>,
  items: MapCountry[],
  drawnIds: Set<string>,
  names: Map<string, string>,
  width: number,
  height: number,
  outside: (shape: Shape) => boolean,
): { labels: MapLabel[]; frame: Box } {
  const own = items
    .map((i) => {
      const code = numericCode(i.id) ?? '';
      return coarse.get(code) ?? fine.get(code);
    })
    .filter((x): x is Shape => Boolean(x));
  const frame = path.bounds({
    type: 'FeatureCollection',
    features: own.map((f) => mainTerritory(f)),
  } as GeoPermissibleObjects) as Box;
  const candidates: { text: string; x: number; y: number; area: number; own: boolean }[] = [];
  for (const [code, shape] of coarse) {
    const alpha2 = countries.numericToAlpha2(code)?.toLowerCase();
    const text = (alpha2 && names.get(alpha2)) ?? shape.properties.name;
    const isOwn = drawnIds.has(code);
    // Out of view, a neighbour has no area to carry its name.
    if (!isOwn && outside(shape)) continue;
    const area = path.area(shape as GeoPermissibleObjects);
    if (!isOwn && area < 900) continue;
    const [x, y] = path.centroid(mainTerritory(shape) as GeoPermissibleObjects);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    candidates.push({ text, x, y, area, own: isOwn });
  }
  // A State too small for the coarse atlas is named next to its dot.
  for (const item of items) {
    const code = numericCode(item.id) ?? '';
    if (coarse.has(code) || !fine.has(code)) continue;
    const [x, y] = path.centroid(fine.get(code) as GeoPermissibleObjects);
    if (Number.isFinite(x)) candidates.push({ text: item.name, x, y: y - 16, area: Infinity, own: true });
  }
  candidates.sort((a, b) => Number(b.own) - Number(a.own) || b.area - a.area);
  const placed: MapLabel[] = [];
  const boxes: Box[] = [];
  for (const c of candidates) {
    const half = (c.text.length * (c.own ? OWN_CHAR_WIDTH : CHAR_WIDTH)) / 2;
    const box: Box = [
      [c.x - half - 2, c.y - LABEL_HEIGHT / 2],
      [c.x + half + 2, c.y + LABEL_HEIGHT / 2],
    ];
    if (box[0][0] < 2 || box[1][0] > width - 2 || box[0][1] < 2 || box[1][1] > height - 2) continue;
    if (boxes.some((b) => b[0][0] < box[1][0] && box[0][0] < b[1][0] && b[0][1] < box[1][1] && box[0][1] < b[1][1]))
      continue;
    boxes.push(box);
    placed.push({ x: Math.round(c.x * 10) / 10, y: Math.round(c.y * 10) / 10, text: c.text, own: c.own });
  }
  return { labels: placed, frame };
}
