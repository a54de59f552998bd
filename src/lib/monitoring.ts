/**
 * The monitoring dashboard's numbers: for each indicator of the National Action Plans, which plans have it,
 * partly have it, lack it, or for which no source says. Pure functions over the plans' data, so the unit tests
 * and the pages count the same way.
 */
import { isCurrent } from './naps.ts';
import { MONITORED_THEMES } from '../schemas/naps.ts';
import { NAP_FACT_ANCHOR, coverageAnchor } from './nap-anchors.ts';

/** The four answers of every indicator, in the order the dashboard shows them. */
export const LEVELS = ['has', 'partly', 'lacks', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

/** Words and text symbols of each answer: the matrix never relies on colour alone. */
export const LEVEL_LABEL: Record<Level, string> = { has: 'Yes', partly: 'Partly', lacks: 'No', unknown: 'Unknown' };
export const LEVEL_SYMBOL: Record<Level, string> = { has: '●', partly: '◐', lacks: '○', unknown: '?' };

type Ref = string | { id: string };
const idOf = (r: Ref) => (typeof r === 'string' ? r : r.id);

/** A plan as the dashboard reads it: the fields of the NAP schema it needs. */
export interface MonitoredNap {
  id: string;
  data: {
    country: Ref;
    period: { from: number; to: number };
    rapporteur: { exists: string; independent: string };
    budget: { dedicated: string };
    monitoring: { framework: string; indicators: string; evaluationPublished: string };
    victimSupportUnconditional: string;
    coverage?: readonly { theme: Ref; status: string; note?: string | undefined }[] | undefined;
  };
}

/** yes / partial / partly / no / unknown, and the coverage statuses, as one of the four answers. */
export function levelOf(answer: string | undefined): Level {
  switch (answer) {
    case 'yes':
    case 'addressed':
      return 'has';
    case 'partial':
    case 'partly':
      return 'partly';
    case 'no':
    case 'not-addressed':
      return 'lacks';
    default:
      return 'unknown';
  }
}

export type IndicatorGroup = 'budget' | 'rapporteur' | 'monitoring' | 'victims' | 'themes';
export interface Indicator {
  id: string;
  /** Column heading and row label. */
  label: string;
  /** A shorter heading for the matrix. */
  short: string;
  group: IndicatorGroup;
  /** The theme, for coverage indicators. */
  theme?: string;
  /** The anchor of the plan page's field that holds the answer (the evidence behind a number). */
  anchor: string;
  answer: (n: MonitoredNap) => string | undefined;
}

export const GROUP_LABEL: Record<IndicatorGroup, string> = {
  budget: 'Funding',
  rapporteur: 'National rapporteur or equivalent mechanism',
  monitoring: 'Monitoring and evaluation',
  victims: 'Victim support',
  themes: 'Coverage of the themes monitoring follows',
};

/** The indicators, fields of the NAP records; themes take their labels from the theme records. */
export function indicators(themeLabel: (id: string) => string = (id) => id): Indicator[] {
  return [
    {
      id: 'budget',
      anchor: NAP_FACT_ANCHOR.budget,
      label: 'Dedicated budget',
      short: 'Budget',
      group: 'budget',
      answer: (n) => n.data.budget.dedicated,
    },
    {
      id: 'rapporteur',
      anchor: NAP_FACT_ANCHOR.rapporteur,
      label: 'National rapporteur or equivalent mechanism exists',
      short: 'Rapporteur',
      group: 'rapporteur',
      answer: (n) => n.data.rapporteur.exists,
    },
    {
      id: 'rapporteur-independent',
      anchor: NAP_FACT_ANCHOR.rapporteur,
      label: 'National rapporteur is independent',
      short: 'Independent',
      group: 'rapporteur',
      answer: (n) => n.data.rapporteur.independent,
    },
    {
      id: 'monitoring-framework',
      anchor: NAP_FACT_ANCHOR.monitoring,
      label: 'Monitoring framework',
      short: 'M&E framework',
      group: 'monitoring',
      answer: (n) => n.data.monitoring.framework,
    },
    {
      id: 'monitoring-indicators',
      anchor: NAP_FACT_ANCHOR.monitoring,
      label: 'Indicators',
      short: 'Indicators',
      group: 'monitoring',
      answer: (n) => n.data.monitoring.indicators,
    },
    {
      id: 'evaluation-published',
      anchor: NAP_FACT_ANCHOR.monitoring,
      label: 'Evaluation published',
      short: 'Evaluation',
      group: 'monitoring',
      answer: (n) => n.data.monitoring.evaluationPublished,
    },
    {
      id: 'victim-support',
      anchor: NAP_FACT_ANCHOR.victimSupport,
      label: 'Victim support independent of criminal proceedings',
      short: 'Victim support',
      group: 'victims',
      answer: (n) => n.data.victimSupportUnconditional,
    },
    ...MONITORED_THEMES.map((t): Indicator => ({
      id: `theme-${t}`,
      anchor: coverageAnchor(t),
      label: themeLabel(t),
      short: themeLabel(t),
      group: 'themes',
      theme: t,
      answer: (n) => n.data.coverage?.find((c) => idOf(c.theme) === t)?.status,
    })),
  ];
}

/** The answer of one plan to one indicator. */
export const levelFor = (n: MonitoredNap, ind: Indicator): Level => levelOf(ind.answer(n));

export interface Tally<N extends MonitoredNap = MonitoredNap> {
  indicator: Indicator;
  /** The plans behind each number. */
  plans: Record<Level, N[]>;
  total: number;
  /** Share of plans for which no source says, as a whole percentage. */
  unknownPercent: number;
}

/** How many plans have, partly have, lack an indicator, or are unknown; every plan is counted once. */
export function tally<N extends MonitoredNap>(naps: readonly N[], ind: Indicator): Tally<N> {
  const plans: Record<Level, N[]> = { has: [], partly: [], lacks: [], unknown: [] };
  for (const n of naps) plans[levelFor(n, ind)].push(n);
  return { indicator: ind, plans, total: naps.length, unknownPercent: percent(plans.unknown.length, naps.length) };
}

/** A whole percentage; 0 of 0 is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** Plans whose period covers the year of `today` (the build date). */
export function currentPlans<N extends MonitoredNap>(naps: readonly N[], today: Date = new Date()): N[] {
  return naps.filter((n) => isCurrent(n.data.period, today));
}

/** The latest plan of every country: the one that ends last (then starts last). */
export function latestPlans<N extends MonitoredNap>(naps: readonly N[]): N[] {
  const best = new Map<string, N>();
  for (const n of naps) {
    const c = idOf(n.data.country);
    const b = best.get(c);
    if (
      !b ||
      n.data.period.to > b.data.period.to ||
      (n.data.period.to === b.data.period.to && n.data.period.from > b.data.period.from)
    )
      best.set(c, n);
  }
  return [...best.values()];
}

/** Countries of `region` with no plan among `naps`, in the order given. */
export function countriesWithout<C extends { id: string }>(region: readonly C[], naps: readonly MonitoredNap[]): C[] {
  const have = new Set(naps.map((n) => idOf(n.data.country)));
  return region.filter((c) => !have.has(c.id));
}

/** Why a country has no plan record: its reason, or `unrecorded` when the record says nothing. */
export interface GapCountry {
  id: string;
  data: { napGap?: { reason: string; note: string; sources?: readonly Ref[] | undefined } | undefined };
}

/**
 * Countries without a plan record grouped by why, in the order of `reasons` (the schema's order), each group in
 * the order given; a country whose record gives no reason is `unrecorded`. Empty groups are left out.
 */
export function groupByGap<C extends GapCountry>(
  countries: readonly C[],
  reasons: readonly string[],
): { reason: string; countries: C[] }[] {
  return reasons
    .map((reason) => ({
      reason,
      countries: countries.filter((c) => (c.data.napGap?.reason ?? 'unrecorded') === reason),
    }))
    .filter((g) => g.countries.length > 0);
}

/** Bars of a horizontal stacked chart, one per tally, widths in SVG units that add up to `width` for each bar. */
export function stackedBars(
  tallies: readonly Tally[],
  width: number,
): { id: string; segments: { level: Level; x: number; width: number; count: number }[] }[] {
  return tallies.map((t) => {
    let x = 0;
    const segments = LEVELS.map((level) => {
      const count = t.plans[level].length;
      const w = t.total === 0 ? 0 : Math.round((count / t.total) * width * 10) / 10;
      const seg = { level, x: Math.round(x * 10) / 10, width: w, count };
      x += w;
      return seg;
    });
    return { id: t.indicator.id, segments };
  });
}
