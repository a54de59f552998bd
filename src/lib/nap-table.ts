/** The NAP table's rows: one place for the columns of /naps/ and of /naps/naps.csv. */
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
    const coverage = Object.fromEntries(MONITORED_THEMES.map((t) => [t, COVERAGE[d.coverage.find((c) => c.theme.id === t)?.status ?? 'unknown']])) as Record<(typeof MONITORED_THEMES)[number], (typeof COVERAGE)[keyof typeof COVERAGE]>;
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
