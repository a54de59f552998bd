/**
 * The NAP table: its rows, and the one list of the columns /naps/ shows (napTableColumns). The CSV columns of
 * /naps/naps.csv and /data/naps.csv are NAP_FIELDS in open-data.ts, filled by name from these rows (napCsvRow).
 */
import { ANSWER, COVERAGE, isCurrent } from './naps.ts';
import { get, type Site } from './site.ts';
import { paths } from './urls.ts';

import { MONITORED_THEMES } from '../schemas/naps.ts';
export { MONITORED_THEMES };

export function napRows(s: Site, site: URL | undefined) {
  return s.naps.map((n) => {
    const d = n.data;
    const country = get(s, 'countries', d.country.id).data;
    // Coverage in the same words as the plan pages (COVERAGE), in the table and in the CSV alike.
    const coverage = Object.fromEntries(
      MONITORED_THEMES.map((t) => [t, COVERAGE[d.coverage.find((c) => c.theme.id === t)?.status ?? 'unknown']]),
    ) as Record<(typeof MONITORED_THEMES)[number], (typeof COVERAGE)[keyof typeof COVERAGE]>;
    return {
      id: n.id,
      country: country.name,
      countryId: d.country.id,
      title: d.title,
      titleOriginal: d.titleOriginal ?? '',
      from: d.period.from,
      to: d.period.to,
      current: isCurrent(d.period),
      adopted: d.adopted ?? '',
      coordinator: d.coordinator ?? '',
      rapporteurExists: ANSWER[d.rapporteur.exists],
      rapporteurIndependent: ANSWER[d.rapporteur.independent],
      budget: ANSWER[d.budget.dedicated],
      budgetAmount: d.budget.amount ?? '',
      monitoringFramework: ANSWER[d.monitoring.framework],
      indicators: ANSWER[d.monitoring.indicators],
      evaluationPublished: ANSWER[d.monitoring.evaluationPublished],
      victimSupportUnconditional: ANSWER[d.victimSupportUnconditional],
      coverage,
      verification: d.verification.status,
      sources: d.sources.map((x) => x.url),
      url: site ? new URL(paths.nap(n.id), site).href : paths.nap(n.id),
    };
  });
}

export type NapRow = ReturnType<typeof napRows>[number];

/** One column of the table on /naps/: its heading and what each row shows in it. */
export interface NapTableColumn {
  heading: string;
  /** The cell's text. */
  text: (r: NapRow) => string;
  /** Where the cell links to, if it does. */
  href?: (r: NapRow) => string;
  /** The cell names its row (a row header). */
  rowHeader?: boolean;
  /** Sort key where the text does not sort right (read by the table's script). */
  sort?: (r: NapRow) => number;
}

/** The columns of the table on /naps/, in order; one column per monitored theme, headed by the theme's label. */
export function napTableColumns(themeLabel: (id: string) => string): NapTableColumn[] {
  return [
    { heading: 'Country', text: (r) => r.country, href: (r) => paths.country(r.countryId) },
    { heading: 'Plan', text: (r) => r.title, href: (r) => paths.nap(r.id), rowHeader: true },
    { heading: 'Period', text: (r) => `${r.from}–${r.to}`, sort: (r) => r.from },
    { heading: 'Current', text: (r) => (r.current ? 'Yes' : 'No') },
    { heading: 'Co-ordinator', text: (r) => r.coordinator || 'Unknown' },
    { heading: 'Rapporteur', text: (r) => r.rapporteurExists },
    { heading: 'Independent', text: (r) => r.rapporteurIndependent },
    { heading: 'Dedicated budget', text: (r) => `${r.budget}${r.budgetAmount && ` (${r.budgetAmount})`}` },
    { heading: 'M&E framework', text: (r) => r.monitoringFramework },
    { heading: 'Evaluation published', text: (r) => r.evaluationPublished },
    { heading: 'Victim support independent of proceedings', text: (r) => r.victimSupportUnconditional },
    ...MONITORED_THEMES.map((t): NapTableColumn => ({ heading: themeLabel(t), text: (r) => r.coverage[t] })),
    { heading: 'Verified', text: (r) => (r.verification === 'verified' ? 'Yes' : 'Not fully') },
  ];
}
