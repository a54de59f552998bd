// View functions that pages read instead of computing in their markup: /convention/'s facts, Parties, chapters and
// source registry (src/lib/convention-overview.ts) and the plans of each country (src/lib/country-naps.ts).
// Checked on small hand-made records and, for the Parties and the region, on the real content against the reference data.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  articlesByChapter,
  citedSourceIds,
  conventionParties,
  KEY_FACT_IDS,
  keyFacts,
  readableDates,
  sourceRefs,
  sourceRegistry,
} from '../../src/lib/convention-overview.ts';
import { napsByCountry, napsOfCountry } from '../../src/lib/country-naps.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { haveReference, referenceParties } from '../helpers/reference.ts';

const ref = (id: string) => ({ id });
const country = (
  id: string,
  status: 'ratified' | 'acceded' | 'signed' | 'not-party',
  coeMember: boolean,
  sources?: string[],
) => ({
  id,
  data: { name: id.toUpperCase(), coeMember, cets197: { status, ...(sources && { sources: sources.map(ref) }) } },
});

describe('convention overview', () => {
  it('keeps the key facts in reading order and leaves out a fact the data lacks', () => {
    const byId = new Map([KEY_FACT_IDS[2], KEY_FACT_IDS[0]].map((id) => [id, { id, data: { sources: [ref('s1')] } }]));
    expect(keyFacts(byId).map((f) => f.id)).toEqual([KEY_FACT_IDS[0], KEY_FACT_IDS[2]]);
  });
  it('counts Parties (ratified or acceded) and names those outside the Council of Europe', () => {
    const { parties, members, nonMembers } = conventionParties([
      country('al', 'ratified', true),
      country('by', 'acceded', false),
      country('ch', 'signed', true),
      country('us', 'not-party', false),
    ]);
    expect(parties.map((p) => p.id)).toEqual(['al', 'by']);
    expect(members).toBe(1);
    expect(nonMembers.map((p) => p.id)).toEqual(['by']);
  });
  it('lists every cited source once, sorted, from facts, rounds and the Parties', () => {
    const facts = [{ data: { sources: [ref('s3'), ref('s1')] } }];
    const rounds = [{ data: { sources: [ref('s1'), ref('s2')] } }];
    const parties = [country('al', 'ratified', true, ['s4']), country('by', 'acceded', false)];
    expect(citedSourceIds(facts, rounds, parties)).toEqual(['s1', 's2', 's3', 's4']);
  });
  it('builds the source registry with ids and refuses an unknown id', () => {
    const sources = new Map([['s1', { data: { title: 'One', url: 'https://example.org/1' } }]]);
    expect(sourceRegistry(sources, ['s1'])).toEqual([{ id: 's1', title: 'One', url: 'https://example.org/1' }]);
    expect(() => sourceRegistry(sources, ['s9'])).toThrow('No sources record "s9"');
  });
  it('groups articles by chapter in the order given', () => {
    const a = (n: number, chapter: string) => ({ n, data: { chapter: ref(chapter) } });
    const byChapter = articlesByChapter([a(1, 'i'), a(4, 'ii'), a(2, 'i')]);
    expect([...byChapter].map(([c, list]) => [c, list.map((x) => x.n)])).toEqual([
      ['i', [1, 2]],
      ['ii', [4]],
    ]);
  });
  it('writes ISO dates out and source ids in upper case', () => {
    expect(readableDates('Entered into force on 2008-02-01 after ten ratifications')).toBe(
      'Entered into force on 1 February 2008 after ten ratifications',
    );
    expect(sourceRefs([ref('s03'), ref('s05')])).toBe('S03, S05');
  });
});

describe('plans of a country', () => {
  const nap = (id: string, country: string) => ({ id, data: { country: ref(country) } });
  const naps = [nap('ie-2023', 'ie'), nap('md-2024', 'md'), nap('ie-2016', 'ie')];
  it('groups plans by country in the order given; a country without plans has none', () => {
    const byCountry = napsByCountry(naps);
    expect(byCountry.get('ie')!.map((n) => n.id)).toEqual(['ie-2023', 'ie-2016']);
    expect(byCountry.get('md')!.map((n) => n.id)).toEqual(['md-2024']);
    expect(byCountry.has('fi')).toBe(false);
  });
  it('gives one country the same plans as the grouping', () => {
    for (const [id, list] of napsByCountry(naps)) expect(napsOfCountry(naps, id)).toEqual(list);
    expect(napsOfCountry(naps, 'fi')).toEqual([]);
  });
});

describe.skipIf(!haveReference)('the real content against the reference data', () => {
  const root = resolve(import.meta.dirname, '../..');
  const { records } = loadContent(contentRoot(root), root);
  type RawCountry = {
    name: string;
    coeMember?: boolean;
    cets197: { status: 'ratified' | 'acceded' | 'signed' | 'not-party' };
  };
  const countries = records
    .filter((r) => r.collection === 'countries')
    .map((r) => {
      const d = r.data as RawCountry;
      return {
        id: r.id,
        data: { name: d.name, coeMember: d.coeMember ?? false, cets197: { status: d.cets197.status } },
      };
    });
  it('the Parties are exactly those of the reference data, split the same way', () => {
    const expected = referenceParties();
    const { parties, nonMembers } = conventionParties(countries);
    expect(parties.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(nonMembers.map((p) => p.id).sort()).toEqual(
      expected
        .filter((p) => !p.coeMember)
        .map((p) => p.id)
        .sort(),
    );
  });
});
