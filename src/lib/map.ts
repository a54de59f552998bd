/**
 * Maps drawn at build time as inline SVG (d3-geo + world-atlas): no JavaScript in the browser.
 * Countries missing from the 1:110m atlas (the smallest States) are drawn as dots at their
 * centroid in the 1:50m atlas, so every State can be seen and clicked.
 */
import { createRequire } from 'node:module';
import { geoBounds, geoCentroid, geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
type Shape = Feature<Geometry, { name: string }>;

function load(scale: '110m' | '50m'): Map<string, Shape> {
  const topo = require(`world-atlas/countries-${scale}.json`) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
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

/** The bounds in degrees of a country's shape, widened to at least `minLon` × `minLat` around its centre. */
export function boundsAround(alpha2: string, minLon = 12, minLat = 7): [[number, number], [number, number]] | undefined {
  const { coarse, fine } = shapes();
  const code = numericCode(alpha2);
  const shape = code ? coarse.get(code) ?? fine.get(code) : undefined;
  if (!shape) return undefined;
  let [[w, s], [e, n]] = geoBounds(shape as GeoPermissibleObjects);
  if (e < w) e += 360; // crosses the antimeridian
  const cx = (w + e) / 2, cy = (s + n) / 2;
  const halfLon = Math.max((e - w) / 2 * 1.15, minLon / 2), halfLat = Math.max((n - s) / 2 * 1.15, minLat / 2);
  return [[cx - halfLon, Math.max(cy - halfLat, -85)], [cx + halfLon, Math.min(cy + halfLat, 85)]];
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

export interface DrawnMap {
  width: number;
  height: number;
  background: string[];
  countries: DrawnCountry[];
}

/**
 * Draws `items`, fitted to the shapes of `fitTo` (ids; default: all items), with every other country of the
 * view as grey background. Coordinates are rounded to one decimal to keep the markup small.
 */
export function drawMap(items: MapCountry[], { width = 960, height = 560, fitTo, bounds, padding = 0.08 }: { width?: number; height?: number; fitTo?: string[]; bounds?: [[number, number], [number, number]]; padding?: number } = {}): DrawnMap {
  const { coarse, fine } = shapes();
  const shapeOf = (id: string) => { const code = numericCode(id); return code ? coarse.get(code) : undefined; };
  const fitIds = fitTo ?? items.map((i) => i.id);
  const fitShapes = fitIds.map((id) => shapeOf(id) ?? fine.get(numericCode(id) ?? '')).filter((s): s is Shape => Boolean(s));
  // A box given in degrees (west, south, east, north) is fitted as the outline of its edges.
  const box = bounds && {
    type: 'Feature' as const, properties: { name: 'view' },
    geometry: { type: 'MultiPoint' as const, coordinates: [0, 0.25, 0.5, 0.75, 1].flatMap((t) => {
      const [[w, so], [e, n]] = bounds; const x = w + (e - w) * t; const y = so + (n - so) * t;
      return [[x, so], [x, n], [w, y], [e, y]];
    }) },
  };
  const fc: FeatureCollection = { type: 'FeatureCollection', features: box ? [box] : fitShapes };
  const centreLon = bounds ? (bounds[0][0] + bounds[1][0]) / 2 : geoCentroid(fc as GeoPermissibleObjects)[0];
  const projection = geoConicConformal().rotate([-centreLon, 0]).parallels([35, 65]);
  const pad = Math.round(Math.min(width, height) * padding);
  projection.fitExtent([[pad, pad], [width - pad, height - pad]], fc as GeoPermissibleObjects);
  // Clip to the view: shapes outside it vanish and the ones across its edge are cut, keeping the markup small.
  projection.clipExtent([[-1, -1], [width + 1, height + 1]]);
  const path = geoPath(projection).digits(1);

  const drawnIds = new Set<string>();
  const drawn: DrawnCountry[] = items.map((item) => {
    const shape = shapeOf(item.id);
    const code = numericCode(item.id);
    if (code) drawnIds.add(code);
    if (shape) return { ...item, d: path(shape as GeoPermissibleObjects) ?? '' };
    const small = code ? fine.get(code) : undefined;
    const point = small ? projection(geoCentroid(small as GeoPermissibleObjects)) : null;
    return point ? { ...item, dot: { x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 } } : { ...item };
  });
  // Background: other countries whose bounds meet the view.
  const background: string[] = [];
  for (const [code, shape] of coarse) {
    if (drawnIds.has(code)) continue;
    const d = path(shape as GeoPermissibleObjects);
    if (d) background.push(d);
  }
  return { width, height, background, countries: drawn };
}
