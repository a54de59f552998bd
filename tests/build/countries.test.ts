// Countries and NAPs: profiles true to the reference data, the NAP table and CSV, and the maps.
import { contentRoot } from '../../src/lib/content-root.ts';
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { MONITORED_THEMES } from '../../src/schemas/naps.ts';
import { COVERAGE } from '../../src/lib/naps.ts';
import { paths } from '../../src/lib/urls.ts';
import { page } from '../helpers/built-site.ts';
import { haveReference, readReference, referenceRegionIds } from '../helpers/reference.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = inject('distDir');
const { records } = loadContent(contentRoot(root), root);
const naps: Record<string, any>[] = records
  .filter((r) => r.collection === 'naps')
  .map((r) => ({ id: r.id, ...(r.data as Record<string, any>) }));

describe.skipIf(!haveReference)('country profiles against the reference data', () => {
  const states = haveReference ? readReference('states.csv') : [];
  const parties = haveReference
    ? new Map(readReference('cets197-parties.csv').map((p) => [p.iso_alpha2, p]))
    : new Map();
  const region = states.filter((s) => s.osce_participating_state === 'yes' || s.cets197_party === 'yes');
  it('covers the 57 OSCE participating States and the Convention Parties outside the OSCE (Israel)', () => {
    expect(states.filter((s) => s.osce_participating_state === 'yes')).toHaveLength(57);
    expect(region.filter((s) => s.osce_participating_state !== 'yes').map((s) => s.name_en)).toEqual(['Israel']);
  });
  for (const s of region) {
    it(`${s.name_en}: memberships, ISO codes and Convention status with its dates`, () => {
      const p = page(dist, paths.country(s.iso_alpha2!.toLowerCase()));
      const text = p.dom.querySelector('main')!.text;
      expect(p.dom.querySelector('h1')!.text).toBe(s.name_en);
      expect(text).toContain(s.iso_alpha3!);
      expect(text).toContain(
        s.osce_participating_state === 'yes' ? 'OSCE participating State' : 'OSCE Partner for Co-operation',
      );
      expect(text).toContain(s.coe_member_state === 'yes' ? 'Member State' : 'Not a member State');
      const party = parties.get(s.iso_alpha2);
      if (s.cets197_party === 'yes') {
        expect(text).toContain(party!.party_status.includes('acceded') ? 'Party (acceded)' : 'Party (ratified)');
        for (const date of [
          party!.signature_date,
          party!.ratification_or_accession_date,
          party!.entry_into_force_date || party!.eif_computed_art42,
        ]) {
          if (date) expect(text).toContain(formatPartialDate(date));
        }
        expect(text).toContain('evaluated by GRETA');
      } else {
        expect(text).toContain('Not a Party');
      }
      expect(p.dom.querySelector('figure.map-small svg a')).not.toBeNull();
    });
  }
});

describe('National Action Plans', () => {
  it('each plan names its sources and reports every monitored theme', () => {
    expect(naps.length).toBeGreaterThan(1);
    for (const n of naps) {
      expect(n.sources.length, n.id).toBeGreaterThan(0);
      for (const s of n.sources) expect(s.url, n.id).toMatch(/^https?:\/\//);
      expect(n.coverage.map((c: { theme: string }) => c.theme).sort(), n.id).toEqual([...MONITORED_THEMES].sort());
    }
  });
  it('/naps/ has a row per plan linking to it, usable without JavaScript', () => {
    const table = page(dist, paths.naps()).dom.querySelector('#nap-table')!;
    const links = table.querySelectorAll('tbody th a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(naps.map((n) => paths.nap(n.id)).sort());
    expect(table.querySelectorAll('thead th')).toHaveLength(11 + MONITORED_THEMES.length + 1);
  });
  it('/naps/naps.csv holds the same plans and facts', () => {
    const rows: Record<string, string>[] = parse(readFileSync(join(dist, 'naps/naps.csv'), 'utf8'), { columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual(naps.map((n) => n.id).sort());
    for (const n of naps) {
      const r = rows.find((x) => x.id === n.id)!;
      expect(r.country_iso2).toBe(n.country);
      expect([Number(r.period_from), Number(r.period_to)]).toEqual([n.period.from, n.period.to]);
      expect(r.sources!.split(' | ')).toEqual(n.sources.map((s: { url: string }) => s.url));
      // The same words as the plan pages and the /naps/ table (COVERAGE).
      for (const c of n.coverage)
        expect(r[`coverage_${c.theme.replace(/-/g, '_')}`]).toBe(COVERAGE[c.status as keyof typeof COVERAGE]);
    }
  });
});

describe('maps', () => {
  const countries = page(dist, paths.countries());
  const maps = countries.dom.querySelectorAll('figure.map');
  it('/countries/ draws two maps with a link for every State of the region and a text table', () => {
    expect(maps).toHaveLength(2);
    const regionIds = records
      .filter(
        (r) =>
          r.collection === 'countries' &&
          ((r.data as any).osce === 'participating-state' ||
            ['ratified', 'acceded'].includes((r.data as any).cets197.status)),
      )
      .map((r) => r.id);
    if (haveReference) expect([...regionIds].sort()).toEqual(referenceRegionIds());
    for (const map of maps) {
      const hrefs = map.querySelectorAll('svg a').map((a) => a.getAttribute('href'));
      expect(hrefs.sort()).toEqual(regionIds.map((id) => paths.country(id)).sort());
      for (const a of map.querySelectorAll('svg a'))
        expect(a.querySelector('path, circle'), a.getAttribute('href')!).not.toBeNull();
    }
    expect(countries.dom.querySelectorAll('table tbody tr').length).toBeGreaterThanOrEqual(regionIds.length);
  });
  it('colours each State by its Convention status and NAP status', () => {
    const [convention, napMap] = maps;
    for (const r of records.filter((x) => x.collection === 'countries')) {
      const a = convention!.querySelector(`a[href="${paths.country(r.id)}"]`);
      if (!a) continue;
      const party = ['ratified', 'acceded'].includes((r.data as any).cets197.status);
      expect(a.getAttribute('class'), r.id).toBe(party ? 'map-a' : 'map-none');
      const documented = naps.filter((n) => n.country === r.id);
      const b = napMap!.querySelector(`a[href="${paths.country(r.id)}"]`)!;
      if (!documented.length) expect(b.getAttribute('class'), r.id).toBe('map-none');
      else expect(b.getAttribute('class'), r.id).not.toBe('map-none');
    }
  });
});
