// Locator maps of the country pages: every State of the region sits in the middle of its view, whole and with
// a margin, small enough for its neighbours to show, and named; distant territories do not stretch the view.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { drawLocator, LOCATOR_SIZE, regionMap } from '../../src/lib/country-maps.ts';
import { relativePath } from '../../src/lib/map.ts';
import { haveReference, referenceRegionIds } from '../helpers/reference.ts';

type Country = { name: string; osce: string; cets197: { status: string } };
const data = parse(readFileSync(resolve(import.meta.dirname, '../../content/data/countries.yaml'), 'utf8')) as Record<
  string,
  Country
>;
const names = new Map(Object.entries(data).map(([id, c]) => [id, c.name]));
const region = Object.entries(data)
  .filter(([, c]) => c.osce === 'participating-state' || ['ratified', 'acceded'].includes(c.cets197.status))
  .map(([id]) => id);
const locator = (id: string) =>
  drawLocator({ id, name: names.get(id)!, href: `/countries/${id}/`, className: 'map-a', status: '' }, names);
const { width, height } = LOCATOR_SIZE;
const margin = 0.04 * Math.min(width, height);

describe('locator maps', () => {
  it.skipIf(!haveReference)('covers the region of the reference data', () =>
    expect([...region].sort()).toEqual(referenceRegionIds()),
  );
  for (const id of region) {
    it(`${id}: the country lies inside the view with a margin, near its centre, with room for its neighbours`, () => {
      const map = locator(id);
      expect([map.width, map.height]).toEqual([width, height]);
      const [[x0, y0], [x1, y1]] = map.frame!;
      expect(x0, 'west edge').toBeGreaterThanOrEqual(margin);
      expect(y0, 'north edge').toBeGreaterThanOrEqual(margin);
      expect(x1, 'east edge').toBeLessThanOrEqual(width - margin);
      expect(y1, 'south edge').toBeLessThanOrEqual(height - margin);
      expect(Math.abs((x0 + x1) / 2 - width / 2), 'centred across').toBeLessThan(width * 0.1);
      expect(Math.abs((y0 + y1) / 2 - height / 2), 'centred down').toBeLessThan(height * 0.1);
      // Never the whole view: at most 60% of its width or of its height, so the surroundings show.
      expect(Math.min((x1 - x0) / width, (y1 - y0) / height), 'share of the view').toBeLessThanOrEqual(0.6);
      expect(map.background.length, 'neighbours drawn (Iceland has two: Greenland and Norway)').toBeGreaterThanOrEqual(
        2,
      );
      const drawn = map.countries[0]!;
      expect(Boolean(drawn.d) || Boolean(drawn.dot), 'drawn as a shape or a dot').toBe(true);
      if (drawn.dot) {
        expect(drawn.dot.x).toBeGreaterThan(margin);
        expect(drawn.dot.x).toBeLessThan(width - margin);
      }
      expect(map.labels!.find((l) => l.own)?.text).toBe(names.get(id));
    });
  }
  it('Moldova: its two neighbours named around it, in the middle, at a legible size', () => {
    const map = locator('md');
    const texts = map.labels!.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(['Moldova', 'Romania', 'Ukraine']));
    const [[x0], [x1]] = map.frame!;
    expect(x1 - x0).toBeGreaterThan(40);
  });
  it('France: framed on its European territory, not stretched to French Guiana', () => {
    const [[x0, y0], [x1, y1]] = locator('fr').frame!;
    expect(x1 - x0).toBeGreaterThan(width * 0.2);
    expect(y1 - y0).toBeGreaterThan(height * 0.3);
  });
  it('labels never overlap one another and stay inside the view', () => {
    for (const id of ['md', 'de', 'li', 'ch', 'be']) {
      const labels = locator(id).labels!;
      for (const l of labels) {
        expect(l.x).toBeGreaterThan(0);
        expect(l.x).toBeLessThan(width);
        expect(l.y).toBeGreaterThan(0);
        expect(l.y).toBeLessThan(height);
      }
      const rows = labels.map((l) => ({ ...l, half: (l.text.length * (l.own ? 10 : 7.8)) / 2 + 2 }));
      for (const a of rows)
        for (const b of rows) {
          if (a === b) continue;
          const overlap = Math.abs(a.x - b.x) < a.half + b.half && Math.abs(a.y - b.y) < 17;
          expect(overlap, `${id}: ${a.text} / ${b.text}`).toBe(false);
        }
    }
  });
});

describe('shapes out of view', () => {
  // Maps leave out, unprojected, the shapes whose bounds in degrees lie outside the view: the map must be the one
  // drawn by projecting the whole atlas. Views across the antimeridian (Russia, Fiji, New Zealand), in the south
  // (Australia, Chile), near the pole (Norway, Iceland, Canada), and of small States (Malta, Liechtenstein).
  for (const id of ['ru', 'fj', 'nz', 'au', 'cl', 'no', 'is', 'ca', 'us', 'mt', 'li', 'md', 'jp', 'za']) {
    it(`${id}: the locator map is the same as with every shape projected`, () => {
      const item = { id, name: names.get(id) ?? id, href: `/countries/${id}/`, className: 'map-a', status: '' };
      expect(drawLocator(item, names)).toEqual(drawLocator(item, names, { everyShape: true }));
    });
  }
  it('the region map of the home page is the same as with every shape projected', () => {
    const items = region.map((id) => ({ id, name: names.get(id)!, href: '', className: 'map-a', status: '' }));
    expect(regionMap(items, { digits: 0 })).toEqual(regionMap(items, { digits: 0, everyShape: true }));
  });
});

describe('relative paths', () => {
  it('rewrite whole-unit lines as relative steps, drop repeated points and keep the closing', () => {
    expect(relativePath('M10,10L12,9L12,9L15,15ZM0,0L-3,4')).toBe('M10,10l2-1l3,6zM0,0l-3,4');
  });
  it('leave any other path as it is', () => {
    expect(relativePath('M1.5,2L3,4Z')).toBe('M1.5,2L3,4Z');
  });
  it('draw the same outline as the absolute path', () => {
    const abs = 'M230,94L232,93L233,95L228,96Z';
    const steps = [...relativePath(abs).matchAll(/l(-?\d+),?(-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const points = steps.reduce<number[][]>(
      (acc, [dx, dy]) => [...acc, [acc.at(-1)![0]! + dx!, acc.at(-1)![1]! + dy!]],
      [[230, 94]],
    );
    expect(points).toEqual([
      [230, 94],
      [232, 93],
      [233, 95],
      [228, 96],
    ]);
  });
});
