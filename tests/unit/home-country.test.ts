// The home page's figures and lists, and the country page's summary card, derived from the records' data.
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_QUERIES,
  keyFigures,
  newestPractices,
  newestPress,
  recentChanges,
  themesByGroup,
} from '../../src/lib/home.ts';
import {
  conventionSteps,
  countryThemes,
  gretaSummary,
  latestPlan,
  planSummary,
  rapporteurSummary,
  type ProfileNap,
} from '../../src/lib/country-profile.ts';

const nap = (
  id: string,
  from: number,
  to: number,
  rapporteur: ProfileNap['data']['rapporteur'] = { exists: 'unknown', independent: 'unknown' },
): ProfileNap => ({ id, data: { title: `Plan ${id}`, period: { from, to }, rapporteur } });
const june2026 = new Date(Date.UTC(2026, 5, 1));

describe('home page', () => {
  it('counts OSCE documents, Convention articles, countries with a plan (once each), practices and press releases', () => {
    const figures = keyFigures({
      convention: [1, 2, 3],
      commitments: [1],
      practices: [1, 2],
      press: [],
      naps: [{ data: { country: { id: 'md' } } }, { data: { country: { id: 'md' } } }, { data: { country: 'de' } }],
    });
    expect(figures.map((f) => [f.key, f.value, f.label])).toEqual([
      ['commitments', 1, 'OSCE document'],
      ['convention', 3, 'Convention articles'],
      ['countries', 2, 'countries with a National Action Plan'],
      ['practices', 2, 'good practices'],
      ['press', 0, 'press releases'],
    ]);
  });
  it('groups themes in the order of the four Ps, then cross-cutting and emerging, leaving out empty groups', () => {
    const t = (id: string, label: string, group: 'prevention' | 'protection' | 'emerging' | 'cross-cutting') => ({
      id,
      data: { label, group },
    });
    const groups = themesByGroup([
      t('tech', 'Technology', 'emerging'),
      t('nrm', 'Referral', 'protection'),
      t('demand', 'Demand', 'emerging'),
      t('prev', 'Prevention', 'prevention'),
    ]);
    expect(groups.map((g) => [g.group, g.themes.map((x) => x.id)])).toEqual([
      ['prevention', ['prev']],
      ['protection', ['nrm']],
      ['emerging', ['demand', 'tech']],
    ]);
  });
  it('lists the newest press releases by date, partial dates included (a year sorts as its start, as everywhere on the site)', () => {
    const p = (title: string, date: string) => ({ data: { title, date } });
    expect(
      newestPress([p('a', '2021-11-16'), p('b', '2023'), p('c', '2023-02'), p('d', '2019-01-01')], 3).map(
        (x) => x.data.title,
      ),
    ).toEqual(['c', 'b', 'a']);
  });
  it('lists the practices that began last, those without a period at the end', () => {
    const p = (title: string, from?: number) => ({ data: { title, ...(from ? { period: { from } } : {}) } });
    expect(
      newestPractices([p('old', 2010), p('none'), p('new', 2024), p('also new', 2024)], 4).map((x) => x.data.title),
    ).toEqual(['also new', 'new', 'old', 'none']);
  });
  it('lists what changed recently from git dates, and nothing without them', () => {
    const c = (title: string, updated?: string) => ({
      collection: 'naps',
      id: title,
      title,
      href: `/naps/${title}/`,
      updated,
    });
    expect(
      recentChanges([c('a', '2026-01-02'), c('b'), c('c', '2026-03-01'), c('d', '2026-01-02')], 3).map((x) => x.title),
    ).toEqual(['c', 'a', 'd']);
    expect(recentChanges([c('a'), c('b')])).toEqual([]);
  });
  it('offers a symbol, an article, a theme and a country as example queries', () => {
    expect(EXAMPLE_QUERIES).toHaveLength(4);
  });
});

describe('country summary card', () => {
  it('shows the current plan, the latest of overlapping current plans', () => {
    const s = planSummary(
      [nap('md-2018-2023', 2018, 2023), nap('md-2024-2028', 2024, 2028), nap('md-2025-2026', 2025, 2026)],
      june2026,
    );
    expect([s?.plan.id, s?.state]).toEqual(['md-2025-2026', 'current']);
  });
  it('shows the latest plan as expired when none is current, as future when it has not begun, and nothing without plans', () => {
    expect(planSummary([nap('a-2015-2018', 2015, 2018), nap('a-2019-2021', 2019, 2021)], june2026)).toMatchObject({
      plan: { id: 'a-2019-2021' },
      state: 'expired',
    });
    expect(planSummary([nap('a-2019-2021', 2019, 2021), nap('a-2027-2030', 2027, 2030)], june2026)).toMatchObject({
      plan: { id: 'a-2027-2030' },
      state: 'future',
    });
    expect(planSummary([], june2026)).toBeUndefined();
  });
  it('reads the national rapporteur from the latest plan only', () => {
    const naps = [
      nap('de-2019-2023', 2019, 2023, { exists: 'no', independent: 'unknown' }),
      nap('de-2024-2028', 2024, 2028, { exists: 'yes', independent: 'yes', body: 'National Reporting Office' }),
    ];
    expect(latestPlan(naps)?.id).toBe('de-2024-2028');
    expect(rapporteurSummary(naps)).toMatchObject({
      text: 'National Reporting Office, independent',
      plan: { id: 'de-2024-2028' },
    });
    expect(rapporteurSummary([nap('x-2020-2022', 2020, 2022)])?.text).toBe(
      'Not known from the sources of the latest plan',
    );
    expect(rapporteurSummary([nap('x-2020-2022', 2020, 2022, { exists: 'no', independent: 'no' })])?.text).toMatch(
      /^None/,
    );
    expect(rapporteurSummary([])).toBeUndefined();
  });
  it('lists GRETA rounds for a Party only, the latest last', () => {
    const rounds = [2, 1, 4, 3].map((n) => ({
      id: `round-${n}`,
      data: { number: n, launched: `20${10 + n}`, focus: 'x' },
    }));
    const party = gretaSummary('ratified', rounds);
    expect([party.party, party.rounds.map((r) => r.data.number), party.latest?.id]).toEqual([
      true,
      [1, 2, 3, 4],
      'round-4',
    ]);
    expect(gretaSummary('acceded', rounds).party).toBe(true);
    expect(gretaSummary('signed', rounds)).toEqual({ party: false, rounds: [], latest: undefined });
  });
  it('keeps the Convention steps that are known, in order, the deposit named after the status', () => {
    expect(
      conventionSteps({ inForce: { date: '2008-02-01' }, signed: { date: '2005-05' } }).map((s) => [s.key, s.label]),
    ).toEqual([
      ['signed', 'Signed'],
      ['inForce', 'In force for the country'],
    ]);
    const deposited = { deposited: { date: '2016-01-27' } };
    expect(conventionSteps({ status: 'ratified', ...deposited })[0]?.label).toBe('Ratification deposited');
    expect(conventionSteps({ status: 'acceded', ...deposited })[0]?.label).toBe('Accession deposited');
    expect(conventionSteps(deposited)[0]?.label).toBe('Ratification or accession deposited');
  });
  it("derives a country's themes from its records' links, each once, sorted", () => {
    const links: Record<string, { to: { collection: string; id: string } }[]> = {
      'naps/md-2024-2028': [{ to: { collection: 'themes', id: 'nrm' } }, { to: { collection: 'countries', id: 'md' } }],
      'press/r1': [{ to: { collection: 'themes', id: 'demand' } }, { to: { collection: 'themes', id: 'nrm' } }],
    };
    const records = [
      { collection: 'naps', id: 'md-2024-2028' },
      { collection: 'press', id: 'r1' },
      { collection: 'practices', id: 'p' },
    ];
    expect(countryThemes(records, (r) => links[`${r.collection}/${r.id}`] ?? [])).toEqual(['demand', 'nrm']);
  });
});
