// A plan lists every monitored theme in `coverage`; only "addressed" and "partly" make it count for the theme.
import { describe, expect, it } from 'vitest';
import { coverageOfTheme, LinkGraph, type CoverageStatus } from '../../src/lib/link-graph.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const cov = (theme: string, status: CoverageStatus) => ({ theme: ref('themes', theme), status });
const naps = [
  {
    collection: 'naps' as const,
    id: 'aa-2020-2023',
    data: { country: ref('countries', 'aa'), coverage: [cov('demand', 'addressed'), cov('supply-chains', 'unknown')] },
  },
  {
    collection: 'naps' as const,
    id: 'bb-2021-2024',
    data: {
      country: ref('countries', 'bb'),
      coverage: [cov('demand', 'partly'), cov('supply-chains', 'not-addressed')],
    },
  },
  {
    collection: 'naps' as const,
    id: 'cc-2022-2025',
    data: { country: ref('countries', 'cc'), coverage: [cov('demand', 'unknown'), cov('supply-chains', 'unknown')] },
  },
  {
    collection: 'naps' as const,
    id: 'dd-2022-2025',
    data: { country: ref('countries', 'dd'), coverage: [cov('demand', 'not-addressed')] },
  },
];
const press = { collection: 'press' as const, id: 'r1', data: { themes: [ref('themes', 'supply-chains')] } };

describe('theme coverage of National Action Plans', () => {
  const graph = new LinkGraph([...naps, press]);
  it('links a plan to a theme only where it addresses it, fully or partly', () => {
    const from = graph.incoming({ collection: 'themes', id: 'demand' }, 'naps');
    expect(from.map((l) => [l.from.id, l.coverage])).toEqual([
      ['aa-2020-2023', 'addressed'],
      ['bb-2021-2024', 'partly'],
    ]);
    expect(graph.incoming({ collection: 'themes', id: 'supply-chains' }, 'naps')).toEqual([]);
  });
  it('leaves other links to the theme alone', () => {
    expect(graph.incoming({ collection: 'themes', id: 'supply-chains' }).map((l) => l.from.id)).toEqual(['r1']);
  });
  it('gives a plan the themes it addresses as outgoing links (search filters), and still its country', () => {
    expect(graph.outgoing({ collection: 'naps', id: 'cc-2022-2025' }).map((l) => l.to.id)).toEqual(['cc']);
    expect(
      graph
        .outgoing({ collection: 'naps', id: 'bb-2021-2024' })
        .map((l) => l.to.id)
        .sort(),
    ).toEqual(['bb', 'demand']);
  });
  it('counts every plan once per theme: addressed, partly, not addressed, unknown', () => {
    expect(coverageOfTheme(naps, 'demand')).toEqual({
      addressed: ['aa-2020-2023'],
      partly: ['bb-2021-2024'],
      'not-addressed': ['dd-2022-2025'],
      unknown: ['cc-2022-2025'],
    });
    // dd does not list supply-chains at all: unknown, never addressed.
    expect(coverageOfTheme(naps, 'supply-chains')).toEqual({
      addressed: [],
      partly: [],
      'not-addressed': ['bb-2021-2024'],
      unknown: ['aa-2020-2023', 'cc-2022-2025', 'dd-2022-2025'],
    });
  });
  it('reads theme ids as well as references (raw YAML or Astro entries)', () => {
    expect(
      coverageOfTheme([{ id: 'x', data: { coverage: [{ theme: 'demand', status: 'partly' }] } }], 'demand').partly,
    ).toEqual(['x']);
  });
});
