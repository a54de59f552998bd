// The header navigation and the breadcrumb trails come from the registry (src/lib/navigation.ts): the labels,
// links and order the pages have always shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { registerCollection } from '../../src/lib/collections.ts';
import { headerNav, listTrail, recordCrumb, recordLabel, recordTrail, sectionTrail } from '../../src/lib/navigation.ts';
import { paths } from '../../src/lib/urls.ts';
import type { CollectionName } from '../../src/schemas/fields.ts';

const home = { label: 'Home', href: paths.home() };

describe('header navigation', () => {
  it('lists the seven sections in their order, with their short labels', () => {
    expect(headerNav()).toEqual([
      { key: 'convention', label: 'Convention', href: paths.convention() },
      { key: 'commitments', label: 'OSCE commitments', short: ['OSCE', ' commitments', ''], href: paths.commitments() },
      { key: 'countries', label: 'Countries', href: paths.countries() },
      { key: 'naps', label: 'Action Plans', href: paths.naps() },
      { key: 'practices', label: 'Good practices', short: ['', 'Good ', 'practices'], href: paths.practices() },
      { key: 'press', label: 'Press', href: paths.press() },
      { key: 'themes', label: 'Themes', href: paths.themes() },
    ]);
  });
});

describe('list trails', () => {
  it('end on the section, unlinked', () => {
    expect(listTrail('naps')).toEqual([home, { label: 'Action Plans' }]);
    expect(listTrail('commitments')).toEqual([home, { label: 'OSCE commitments' }]);
    expect(listTrail('organisations')).toEqual([home, { label: 'Organisations' }]);
  });
  it('pass through the section a list sits in', () => {
    expect(listTrail('people')).toEqual([home, { label: 'Press', href: paths.press() }, { label: 'People' }]);
    expect(listTrail('monitoringMaps')).toEqual([
      home,
      { label: 'Action Plans', href: paths.naps() },
      { label: 'Monitoring', href: paths.monitoring() },
      { label: 'Maps' },
    ]);
  });
  it('name the pages that are not collections', () => {
    expect(listTrail('search')).toEqual([home, { label: 'Search' }]);
    expect(listTrail('data')).toEqual([home, { label: 'Open data' }]);
    expect(listTrail('monitoringLatest').map((c) => c.label)).toEqual([
      'Home',
      'Action Plans',
      'Monitoring',
      'Latest plans',
    ]);
  });
});

describe('record trails', () => {
  it('end on the record’s short name', () => {
    expect(recordTrail('commitments', { symbol: 'MC.DEC/14/06', title: 'Enhancing efforts' })).toEqual([
      home,
      { label: 'OSCE commitments', href: paths.commitments() },
      { label: 'MC.DEC/14/06' },
    ]);
    expect(recordTrail('commitments', { title: 'Action Plan' }).at(-1)).toEqual({ label: 'Action Plan' });
    expect(recordTrail('organisations', { name: 'Group of Experts', acronym: 'GRETA' }).at(-1)).toEqual({
      label: 'GRETA',
    });
    // The People list sits under Press; a person's page leads straight to People.
    expect(recordTrail('people', { name: 'A. Person' })).toEqual([
      home,
      { label: 'People', href: paths.people() },
      { label: 'A. Person' },
    ]);
  });
  it('take the name from the page where it needs another record, and steps on the way', () => {
    expect(recordTrail('naps', 'France 2024–2027')).toEqual([
      home,
      { label: 'Action Plans', href: paths.naps() },
      { label: 'France 2024–2027' },
    ]);
    const chapter = recordCrumb('chapters', 'iii', { numeral: 'III', title: 'Measures' });
    expect(chapter).toEqual({ label: 'Chapter III', href: paths.chapter('iii') });
    expect(recordTrail('convention', { number: 10, title: 'Identification' }, [chapter])).toEqual([
      home,
      { label: 'Convention', href: paths.convention() },
      { label: 'Chapter III', href: paths.chapter('iii') },
      { label: 'Article 10' },
    ]);
  });
  it('of pages inside a section add their own last step', () => {
    expect(sectionTrail('convention', recordLabel('chapters', { numeral: 'II' }))).toEqual([
      home,
      { label: 'Convention', href: paths.convention() },
      { label: 'Chapter II' },
    ]);
    expect(sectionTrail('compare', 'France and Germany').map((c) => c.label)).toEqual([
      'Home',
      'Action Plans',
      'Compare',
      'France and Germany',
    ]);
  });
});

describe('a registered collection', () => {
  const name = 'reports' as CollectionName;
  let unregister: () => void;
  beforeAll(() => {
    unregister = registerCollection(name, {
      storage: { kind: 'entries', dir: 'reports' },
      schema: () => z.strictObject({ title: z.string() }),
      labels: { one: 'Report', many: 'Reports', ref: 'report' },
      refHint: 'use the id of a file in content/reports/',
      path: (id) => `/reports/${id}/`,
      ownPage: true,
      name: (d) => d.title,
      nav: { label: 'Reports', key: 'reports', list: '/reports/', header: 8 },
      description: 'Reports.',
      tables: [],
    });
  });
  afterAll(() => unregister());

  it('gets its header link and trails from its entry alone', () => {
    expect(headerNav().at(-1)).toEqual({ key: 'reports', label: 'Reports', href: '/reports/' });
    const section = name as Parameters<typeof recordTrail>[0];
    expect(recordTrail(section, { title: 'Report on Ruritania' })).toEqual([
      home,
      { label: 'Reports', href: '/reports/' },
      { label: 'Report on Ruritania' },
    ]);
  });
});
