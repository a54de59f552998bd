// The catalogue of good practices: cards and groups by theme and by country, without a build.
import { describe, expect, it } from 'vitest';
import {
  actorKindsOf,
  groupPractices,
  practiceCard,
  practiceIdsFor,
  type PracticeInput,
} from '../../src/lib/practices.ts';

const labels = {
  theme: (id: string) =>
    ({
      'labour-exploitation': 'Trafficking for labour exploitation',
      nrm: 'National Referral Mechanisms',
      'supply-chains': 'Supply chains',
    })[id] ?? id,
  country: (id: string) => ({ fi: 'Finland', ie: 'Ireland', be: 'Belgium' })[id] ?? id,
};
const practice = (
  id: string,
  title: string,
  countries: string[],
  themes: string[],
  kinds: PracticeInput['data']['actors'][number]['kind'][],
): PracticeInput => ({
  id,
  data: {
    title,
    summary: `Summary of ${title}.`,
    countries: countries.map((c) => ({ id: c })),
    themes: themes.map((t) => ({ id: t })),
    actors: kinds.map((kind, i) => ({ name: `Body ${i}`, kind })),
    sectors: ['agriculture'],
    status: 'ongoing',
  },
});
const all = [
  practice(
    'fi-guide',
    'Procurement guide',
    ['fi'],
    ['supply-chains', 'labour-exploitation'],
    ['research', 'government', 'government'],
  ),
  practice('ie-nrm', 'Multi-agency NRM', ['ie'], ['nrm', 'labour-exploitation'], ['police', 'ngo']),
  practice(
    'be-fi-joint',
    'A joint inspection',
    ['be', 'fi'],
    ['labour-exploitation', 'supply-chains'],
    ['labour-inspectorate'],
  ),
];

describe('practice catalogue', () => {
  it('groups by theme: one group per theme used, by label, practices by title, a practice in each of its themes', () => {
    const groups = groupPractices(all, 'themes', labels);
    expect(groups.map((g) => g.label)).toEqual([
      'National Referral Mechanisms',
      'Supply chains',
      'Trafficking for labour exploitation',
    ]);
    expect(groups.find((g) => g.id === 'labour-exploitation')!.practices.map((p) => p.id)).toEqual([
      'be-fi-joint',
      'ie-nrm',
      'fi-guide',
    ]);
    expect(groups.find((g) => g.id === 'nrm')!.practices.map((p) => p.id)).toEqual(['ie-nrm']);
  });
  it('groups by country: a multi-country practice appears under each country', () => {
    const groups = groupPractices(all, 'countries', labels);
    expect(groups.map((g) => [g.id, g.practices.map((p) => p.id)])).toEqual([
      ['be', ['be-fi-joint']],
      ['fi', ['be-fi-joint', 'fi-guide']],
      ['ie', ['ie-nrm']],
    ]);
  });
  it('every practice appears in the theme view and the country view', () => {
    for (const by of ['themes', 'countries'] as const) {
      const seen = new Set(groupPractices(all, by, labels).flatMap((g) => g.practices.map((p) => p.id)));
      expect([...seen].sort()).toEqual(all.map((p) => p.id).sort());
    }
  });
  it('a card names countries, distinct actor kinds with labels, themes, sectors and status', () => {
    const card = practiceCard(all[0]!, labels);
    expect(card.countries).toEqual([{ id: 'fi', label: 'Finland' }]);
    expect(card.actorKinds).toEqual([
      { id: 'government', label: 'Government' },
      { id: 'research', label: 'Research' },
    ]);
    expect(card.themes.map((t) => t.label)).toEqual(['Supply chains', 'Trafficking for labour exploitation']);
    expect(card.sectors).toEqual([{ id: 'agriculture', label: 'Agriculture' }]);
    expect(card.status).toEqual({ id: 'ongoing', label: 'Ongoing' });
    expect(actorKindsOf(all[1]!)).toEqual(['police', 'ngo']);
  });
  it('lists the practices pointing at a record once each, in catalogue order', () => {
    const links = [
      { from: { collection: 'practices' as const, id: 'ie-nrm' } },
      { from: { collection: 'practices' as const, id: 'fi-guide' } },
      { from: { collection: 'practices' as const, id: 'ie-nrm' } },
      { from: { collection: 'naps' as const, id: 'ie-2023-2027' } },
    ];
    expect(
      practiceIdsFor(
        links,
        all.map((p) => p.id),
      ),
    ).toEqual(['fi-guide', 'ie-nrm']);
  });
});
