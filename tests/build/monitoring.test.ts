// The monitoring dashboard and the comparison pages in the built site: three of the dashboard's numbers,
// recomputed here from /naps/naps.csv without the dashboard's code, are the ones on the page; the pages ship
// no JavaScript; every comparison is reachable by links.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { paths } from '../../src/lib/urls.ts';
import { page } from '../helpers/built-site.ts';

const dist = inject('distDir');
const rows = parse(readFileSync(join(dist, 'naps/naps.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
const current = rows.filter((r) => r.current === 'yes');
// The latest plan of each country: the one that ends last, then starts last.
const latest = [
  ...rows
    .reduce((m, r) => {
      const b = m.get(r.country_iso2!);
      if (
        !b ||
        Number(r.period_to) > Number(b.period_to) ||
        (r.period_to === b.period_to && Number(r.period_from) > Number(b.period_from))
      )
        m.set(r.country_iso2!, r);
      return m;
    }, new Map<string, Record<string, string>>())
    .values(),
];

function cell(path: string, indicator: string, level: string): string {
  const td = page(dist, path).dom.querySelector(
    `table.mon-counts td[data-indicator="${indicator}"][data-level="${level}"]`,
  );
  expect(td, `${path}: ${indicator} / ${level}`).not.toBeNull();
  return td!.text.trim();
}

describe('the monitoring dashboard agrees with the NAP table', () => {
  it('current plans with a dedicated budget', () => {
    expect(current.length).toBeGreaterThan(0);
    expect(cell(paths.monitoring(), 'budget', 'has')).toBe(
      String(current.filter((r) => r.dedicated_budget === 'Yes').length),
    );
  });
  it('current plans for which victim support independent of proceedings is unknown, and its share', () => {
    const unknown = current.filter((r) => r.victim_support_independent_of_proceedings === 'Unknown').length;
    expect(cell(paths.monitoring(), 'victim-support', 'unknown')).toBe(String(unknown));
    expect(cell(paths.monitoring(), 'victim-support', 'unknown-share')).toBe(
      `${Math.round((unknown / current.length) * 100)} %`,
    );
  });
  it('latest plans that partly address labour exploitation', () => {
    expect(latest.length).toBe(new Set(rows.map((r) => r.country_iso2)).size);
    expect(cell(paths.monitoringLatest(), 'theme-labour-exploitation', 'partly')).toBe(
      String(latest.filter((r) => r.coverage_labour_exploitation === 'Partly addressed').length),
    );
  });
  it('every plan is counted once per indicator', () => {
    const dom = page(dist, paths.monitoring()).dom;
    for (const tr of dom.querySelectorAll('table.mon-counts tbody tr:not(.group)')) {
      const sum = ['has', 'partly', 'lacks', 'unknown'].reduce(
        (n, l) => n + Number(tr.querySelector(`td[data-level="${l}"]`)!.text.trim()),
        0,
      );
      expect(sum, tr.querySelector('th')!.text).toBe(current.length);
    }
  });
});

describe('every number links to the evidence', () => {
  it('each plan behind a count links to the field of its page that holds the answer', () => {
    const dom = page(dist, paths.monitoring()).dom;
    const yes = current.filter((r) => r.dedicated_budget === 'Yes');
    const links = dom.querySelectorAll('#budget-has + dd a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(yes.map((r) => expect.stringMatching(new RegExp(`/naps/${r.id}/#fact-budget$`)))),
    );
    expect(links.length).toBe(yes.length);
    for (const a of links) {
      const [path, hash] = a.getAttribute('href')!.split('#');
      const field = page(dist, path!).dom.getElementById(hash!);
      expect(field?.text, a.getAttribute('href')!).toBe('Dedicated budget');
      expect(field!.nextElementSibling!.text.startsWith('Yes'), a.getAttribute('href')!).toBe(true);
    }
  });
  it("a theme's count links to the theme's row in the plan's coverage table", () => {
    const dom = page(dist, paths.monitoringLatest()).dom;
    const partly = latest.filter((r) => r.coverage_labour_exploitation === 'Partly addressed');
    const links = dom.querySelectorAll('#theme-labour-exploitation-partly + dd a');
    expect(links.length).toBe(partly.length);
    for (const a of links) {
      const [path, hash] = a.getAttribute('href')!.split('#');
      expect(hash).toBe('coverage-labour-exploitation');
      expect(
        page(dist, path!).dom.getElementById(hash!)?.querySelectorAll('td')[0]?.text,
        a.getAttribute('href')!,
      ).toBe('Partly addressed');
    }
  });
  it('each cell of the matrix links to the field behind it', () => {
    const dom = page(dist, paths.monitoring()).dom;
    const cells = dom.querySelectorAll('table.mon-matrix tbody td.lvl-cell');
    expect(cells.length).toBeGreaterThan(0);
    for (const td of cells)
      expect(td.querySelector('a')?.getAttribute('href') ?? '', td.outerHTML).toMatch(
        /\/naps\/[a-z]{2}-[^/]+\/#(fact-[a-z-]+|coverage-[a-z-]+)$/,
      );
  });
});

describe('countries without a plan record, and why', () => {
  type Country = {
    id: string;
    name: string;
    osce: string;
    cets197: { status: string };
    napGap?: { reason: string; sources?: string[] };
  };
  const countries = (JSON.parse(readFileSync(join(dist, 'data/countries.json'), 'utf8')) as { records: Country[] })
    .records;
  const withPlan = new Set(rows.map((r) => r.country_iso2!.toLowerCase()));
  const region = countries.filter(
    (c) => c.osce === 'participating-state' || ['ratified', 'acceded'].includes(c.cets197.status),
  );
  const without = region.filter((c) => !withPlan.has(c.id));
  it('lists every country of the region without a plan record once, under the reason its record gives', () => {
    const dom = page(dist, paths.monitoring()).dom;
    const listed = dom.querySelectorAll('section.mon-gap').flatMap((sec) => {
      const reason = sec.getAttribute('aria-labelledby')!.replace(/^gap-/, '');
      return sec
        .querySelectorAll(`a[href$="/countries/"], a[href*="/countries/"]`)
        .map((a) => [a.getAttribute('href')!.match(/countries\/([a-z]{2})\//)![1]!, reason]);
    });
    expect(without.length).toBeGreaterThan(0);
    expect(listed.map(([id]) => id).sort()).toEqual(without.map((c) => c.id).sort());
    for (const [id, reason] of listed)
      expect(reason, id).toBe(countries.find((c) => c.id === id)!.napGap?.reason ?? 'unrecorded');
  });
  it('every reason but "not found" shows its sources as links', () => {
    const dom = page(dist, paths.monitoring()).dom;
    const withReason = without.filter((c) => c.napGap && c.napGap.reason !== 'not-found');
    expect(withReason.length).toBeGreaterThan(0);
    for (const c of withReason) {
      const dt = dom
        .querySelectorAll('dl.mon-gaps dt')
        .find((d) => d.querySelector('a')?.getAttribute('href')?.endsWith(`/countries/${c.id}/`));
      expect(dt, c.id).toBeDefined();
      const dd = dt!.nextElementSibling!;
      expect(dd.querySelectorAll('a[href^="http"]').length, c.id).toBe(c.napGap!.sources!.length);
    }
  });
});

describe('monitoring and comparison pages', () => {
  const pairPages = readdirSync(join(dist, 'compare'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => paths.comparePair(d.name));
  const all = [paths.monitoring(), paths.monitoringLatest(), paths.monitoringMaps(), paths.compare(), ...pairPages];
  it('ship no JavaScript and no style attributes', () => {
    for (const p of all) {
      const html = page(dist, p).html;
      expect(/<script\b/i.test(html), p).toBe(false);
      expect(/\sstyle="/i.test(html), p).toBe(false);
    }
  });
  it('a modest number of comparisons, each linked from /compare/ and from both countries', () => {
    expect(pairPages.length).toBeGreaterThan(0);
    expect(pairPages.length).toBeLessThanOrEqual(rows.length * 4);
    const index = page(dist, paths.compare()).html;
    for (const p of pairPages) {
      expect(index, p).toContain(`href="${p}"`);
      for (const id of p.split('/').at(-2)!.split('-'))
        expect(page(dist, paths.country(id)).html, `${id} → ${p}`).toContain(`href="${p}"`);
    }
  });
  it('the all-plans table has one row per country with a plan', () => {
    expect(page(dist, paths.compare()).dom.querySelectorAll('table.cmp-table tbody tr')).toHaveLength(latest.length);
  });
});
