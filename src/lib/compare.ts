/**
 * Which National Action Plans are compared side by side. Neighbours are countries that share a land border in
 * the Natural Earth 1:50m atlas (world-atlas), the same data the maps are drawn from; a comparison page exists
 * for each pair of neighbours that both have a plan documented here, so the number of pages stays modest.
 */
import { createRequire } from 'node:module';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { numericCode } from './map.ts';

const require = createRequire(import.meta.url);

let borders: Map<string, Set<string>> | undefined;
/** Land borders by ISO 3166-1 numeric code, from the 1:50m atlas. */
function landBorders(): Map<string, Set<string>> {
  if (borders) return borders;
  const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const geoms = topo.objects.countries.geometries;
  const codes = geoms.map((g) => (g.id === undefined ? undefined : String(g.id).padStart(3, '0')));
  const out = new Map<string, Set<string>>();
  neighbors(geoms).forEach((list, i) => {
    const a = codes[i];
    if (!a) return;
    for (const j of list) {
      const b = codes[j];
      if (!b || b === a) continue;
      (out.get(a) ?? out.set(a, new Set()).get(a)!).add(b);
    }
  });
  borders = out;
  return out;
}

/** Whether two countries (alpha-2 ids) share a land border in the atlas. */
export function shareBorder(a: string, b: string): boolean {
  const ca = numericCode(a),
    cb = numericCode(b);
  return Boolean(ca && cb && landBorders().get(ca)?.has(cb));
}

/** The slug of a pair's page: both ids in alphabetical order, "de-fr". */
export function pairSlug(a: string, b: string): string {
  return [a, b].sort().join('-');
}

/** Every pair of the given countries that share a land border, each once, ids in alphabetical order. */
export function neighbourPairs(ids: readonly string[]): [string, string][] {
  const sorted = [...new Set(ids)].sort();
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (shareBorder(sorted[i]!, sorted[j]!)) pairs.push([sorted[i]!, sorted[j]!]);
    }
  }
  return pairs;
}

/** The neighbours of one country among the pairs. */
export function neighboursOf(id: string, pairs: readonly [string, string][]): string[] {
  return pairs.flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : []));
}

/** A plan as the comparison reads it: the fields of the NAP schema it shows. */
export interface ComparedNap {
  id: string;
  data: {
    period: { from: number; to: number };
    coordinator?: string | undefined;
    rapporteur: { exists: string; independent: string; body?: string | undefined };
    budget: { dedicated: string; amount?: string | undefined; note?: string | undefined };
    monitoring: { framework: string; indicators: string; evaluationPublished: string; note?: string | undefined };
    victimSupportUnconditional: string;
    coverage?: readonly { theme: string | { id: string }; status: string; note?: string | undefined }[] | undefined;
  };
}

/** One line of a comparison: its label, the answer in words and the record's note, if any. */
export interface Fact {
  key: string;
  label: string;
  value: string;
  note?: string;
}

const WORD: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Unknown',
  partial: 'Partly',
  partly: 'Partly',
  addressed: 'Addressed',
  'not-addressed': 'Not addressed',
};
const word = (v: string) => WORD[v] ?? v;

/**
 * The facts of a plan in the order every comparison shows them. `themes` are [id, label] pairs in order;
 * `convention` and `greta` are the country's Convention status and GRETA evaluation in words.
 */
export function napFacts(
  n: ComparedNap,
  themes: readonly (readonly [string, string])[],
  convention: string,
  greta: string,
): Fact[] {
  const d = n.data;
  const cov = (t: string) => d.coverage?.find((c) => (typeof c.theme === 'string' ? c.theme : c.theme.id) === t);
  return [
    { key: 'period', label: 'Period', value: `${d.period.from}–${d.period.to}` },
    { key: 'coordinator', label: 'Co-ordinating body', value: d.coordinator ?? 'Unknown' },
    {
      key: 'rapporteur',
      label: 'National rapporteur or equivalent',
      value: `Exists: ${word(d.rapporteur.exists)}; independent: ${word(d.rapporteur.independent)}`,
      ...(d.rapporteur.body ? { note: d.rapporteur.body } : {}),
    },
    {
      key: 'budget',
      label: 'Dedicated budget',
      value: word(d.budget.dedicated) + (d.budget.amount ? `, ${d.budget.amount}` : ''),
      ...(d.budget.note ? { note: d.budget.note } : {}),
    },
    {
      key: 'monitoring',
      label: 'Monitoring and evaluation',
      value: `Framework: ${word(d.monitoring.framework)}; indicators: ${word(d.monitoring.indicators)}; evaluation published: ${word(d.monitoring.evaluationPublished)}`,
      ...(d.monitoring.note ? { note: d.monitoring.note } : {}),
    },
    {
      key: 'victim-support',
      label: 'Victim support independent of criminal proceedings',
      value: word(d.victimSupportUnconditional),
    },
    ...themes.map(([t, label]): Fact => {
      const c = cov(t);
      return { key: `theme-${t}`, label, value: word(c?.status ?? 'unknown'), ...(c?.note ? { note: c.note } : {}) };
    }),
    { key: 'convention', label: 'Convention (CETS No. 197)', value: convention },
    { key: 'greta', label: 'GRETA evaluation', value: greta },
  ];
}
