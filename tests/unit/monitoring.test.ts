// The monitoring dashboard counts every plan once per indicator, and the comparison pages pair neighbours only.
import { describe, expect, it } from 'vitest';
import {
  countriesWithout,
  currentPlans,
  groupByGap,
  indicators,
  latestPlans,
  levelOf,
  percent,
  stackedBars,
  tally,
  type MonitoredNap,
} from '../../src/lib/monitoring.ts';
import { napFacts, neighbourPairs, neighboursOf, pairSlug, shareBorder } from '../../src/lib/compare.ts';

function nap(id: string, from: number, to: number, over: Partial<MonitoredNap['data']> = {}): MonitoredNap {
  return {
    id,
    data: {
      country: { id: id.slice(0, 2) },
      period: { from, to },
      rapporteur: { exists: 'yes', independent: 'unknown' },
      budget: { dedicated: 'partial' },
      monitoring: { framework: 'yes', indicators: 'no', evaluationPublished: 'unknown' },
      victimSupportUnconditional: 'partly',
      coverage: [
        { theme: { id: 'demand' }, status: 'addressed' },
        { theme: 'supply-chains', status: 'not-addressed' },
      ],
      ...over,
    },
  };
}
const naps = [
  nap('aa-2020-2023', 2020, 2023),
  nap('aa-2024-2027', 2024, 2027, { budget: { dedicated: 'yes' } }),
  nap('bb-2025-2026', 2025, 2026, { budget: { dedicated: 'no' }, victimSupportUnconditional: 'unknown', coverage: [] }),
  nap('cc-2026-2030', 2026, 2030, { budget: { dedicated: 'unknown' } }),
];
const ind = (id: string) => indicators().find((i) => i.id === id)!;
const ids = (list: MonitoredNap[]) => list.map((n) => n.id);

describe('monitoring indicators', () => {
  it('reads every answer of the records as has, partly, lacks or unknown', () => {
    expect(['yes', 'addressed', 'partial', 'partly', 'no', 'not-addressed', 'unknown', undefined].map(levelOf)).toEqual(
      ['has', 'has', 'partly', 'partly', 'lacks', 'lacks', 'unknown', 'unknown'],
    );
  });
  it('has one indicator per field and one per monitored theme', () => {
    const all = indicators();
    expect(all.filter((i) => i.group !== 'themes').map((i) => i.id)).toEqual([
      'budget',
      'rapporteur',
      'rapporteur-independent',
      'monitoring-framework',
      'monitoring-indicators',
      'evaluation-published',
      'victim-support',
    ]);
    expect(all.filter((i) => i.group === 'themes')).toHaveLength(8);
  });
  it('counts each plan once, with the plans behind each number', () => {
    const t = tally(naps, ind('budget'));
    expect(ids(t.plans.has)).toEqual(['aa-2024-2027']);
    expect(ids(t.plans.partly)).toEqual(['aa-2020-2023']);
    expect(ids(t.plans.lacks)).toEqual(['bb-2025-2026']);
    expect(ids(t.plans.unknown)).toEqual(['cc-2026-2030']);
    expect(t.total).toBe(4);
    expect(t.unknownPercent).toBe(25);
  });
  it('counts a theme the plan does not list as unknown, and reads theme references as ids or strings', () => {
    const demand = tally(naps, ind('theme-demand'));
    expect(ids(demand.plans.has)).toEqual(['aa-2020-2023', 'aa-2024-2027', 'cc-2026-2030']);
    expect(ids(demand.plans.unknown)).toEqual(['bb-2025-2026']);
    expect(ids(tally(naps, ind('theme-supply-chains')).plans.lacks)).toEqual([
      'aa-2020-2023',
      'aa-2024-2027',
      'cc-2026-2030',
    ]);
    expect(tally(naps, ind('theme-technology')).unknownPercent).toBe(100);
  });
  it('victim support: partly and unknown', () => {
    const t = tally(naps, ind('victim-support'));
    expect([t.plans.has.length, t.plans.partly.length, t.plans.lacks.length, t.plans.unknown.length]).toEqual([
      0, 3, 0, 1,
    ]);
  });
});

describe('which plans are counted', () => {
  it('current plans are those whose period covers the build year', () => {
    expect(ids(currentPlans(naps, new Date('2026-12-02T00:00:00Z')))).toEqual([
      'aa-2024-2027',
      'bb-2025-2026',
      'cc-2026-2030',
    ]);
    expect(ids(currentPlans(naps, new Date('2023-06-01T00:00:00Z')))).toEqual(['aa-2020-2023']);
  });
  it('the latest plan of every country is the one that ends last', () => {
    expect(ids(latestPlans([naps[1]!, naps[0]!, naps[2]!]))).toEqual(['aa-2024-2027', 'bb-2025-2026']);
  });
  it('lists the countries of the region without a plan', () => {
    expect(countriesWithout([{ id: 'aa' }, { id: 'dd' }, { id: 'bb' }, { id: 'ee' }], naps).map((c) => c.id)).toEqual([
      'dd',
      'ee',
    ]);
  });
  it('percentages are whole numbers; none of nothing is 0', () => {
    expect([percent(1, 3), percent(2, 3), percent(0, 0)]).toEqual([33, 67, 0]);
  });
  it('bars add up to the width, one segment per answer', () => {
    const [bar] = stackedBars([tally(naps, ind('budget'))], 200);
    expect(bar!.segments.map((s) => [s.level, s.x, s.width, s.count])).toEqual([
      ['has', 0, 50, 1],
      ['partly', 50, 50, 1],
      ['lacks', 100, 50, 1],
      ['unknown', 150, 50, 1],
    ]);
  });
});

describe('comparison pairs', () => {
  it('neighbours share a land border in the atlas', () => {
    expect(shareBorder('fr', 'de')).toBe(true);
    expect(shareBorder('de', 'fr')).toBe(true);
    expect(shareBorder('fr', 'pl')).toBe(false);
    expect(shareBorder('mt', 'it')).toBe(false);
  });
  it('pairs each neighbour pair once, in alphabetical order', () => {
    expect(neighbourPairs(['fr', 'de', 'pl', 'mt', 'de'])).toEqual([
      ['de', 'fr'],
      ['de', 'pl'],
    ]);
    expect(
      neighboursOf('de', [
        ['de', 'fr'],
        ['de', 'pl'],
      ]),
    ).toEqual(['fr', 'pl']);
    expect(pairSlug('fr', 'de')).toBe('de-fr');
  });
  it('keeps the pages modest for the countries with a plan', () => {
    const withPlans = [
      'al',
      'am',
      'at',
      'az',
      'ba',
      'be',
      'bg',
      'ca',
      'ch',
      'cy',
      'cz',
      'de',
      'dk',
      'ee',
      'es',
      'fi',
      'fr',
      'ge',
      'hr',
      'hu',
      'ie',
      'it',
      'kg',
      'kz',
      'lt',
      'lv',
      'md',
      'me',
      'mk',
      'mn',
      'mt',
      'no',
      'pl',
      'pt',
      'ro',
      'rs',
      'si',
      'sk',
      'tj',
      'tm',
      'ua',
      'us',
    ];
    const pairs = neighbourPairs(withPlans);
    expect(pairs.length).toBeGreaterThan(20);
    expect(pairs.length).toBeLessThan(120);
    expect(pairs.map((p) => p.join('-'))).toContain('ca-us');
  });
});

describe('facts of a compared plan', () => {
  it('lists period, co-ordinator, rapporteur, budget, M&E, victim support, each theme with its note, Convention and GRETA', () => {
    const facts = napFacts(
      {
        id: 'aa-2024-2027',
        data: {
          period: { from: 2024, to: 2027 },
          rapporteur: { exists: 'yes', independent: 'no', body: 'Ombud' },
          budget: { dedicated: 'partial', amount: 'EUR 1 million' },
          monitoring: { framework: 'yes', indicators: 'unknown', evaluationPublished: 'no', note: 'Yearly report.' },
          victimSupportUnconditional: 'partly',
          coverage: [{ theme: { id: 'demand' }, status: 'not-addressed', note: 'Not in the plan.' }],
        },
      },
      [
        ['demand', 'Demand'],
        ['technology', 'Technology'],
      ],
      'Party (ratified)',
      'Evaluated',
    );
    expect(facts.map((f) => [f.key, f.value, f.note])).toEqual([
      ['period', '2024–2027', undefined],
      ['coordinator', 'Unknown', undefined],
      ['rapporteur', 'Exists: Yes; independent: No', 'Ombud'],
      ['budget', 'Partly, EUR 1 million', undefined],
      ['monitoring', 'Framework: Yes; indicators: Unknown; evaluation published: No', 'Yearly report.'],
      ['victim-support', 'Partly', undefined],
      ['theme-demand', 'Not addressed', 'Not in the plan.'],
      ['theme-technology', 'Unknown', undefined],
      ['convention', 'Party (ratified)', undefined],
      ['greta', 'Evaluated', undefined],
    ]);
  });
});

describe('countries without a plan record, by reason', () => {
  const c = (id: string, reason?: string) => ({ id, data: reason ? { napGap: { reason, note: 'n' } } : {} });
  it('groups in the order of the reasons, a country without a reason as unrecorded, and drops empty groups', () => {
    const groups = groupByGap(
      [c('a', 'no-plan'), c('b'), c('d', 'plan-without-period'), c('e', 'no-plan'), c('f', 'not-found')],
      ['plan-without-period', 'no-plan', 'outdated', 'not-found', 'unrecorded'],
    );
    expect(groups.map((g) => [g.reason, g.countries.map((x) => x.id)])).toEqual([
      ['plan-without-period', ['d']],
      ['no-plan', ['a', 'e']],
      ['not-found', ['f']],
      ['unrecorded', ['b']],
    ]);
  });
});
