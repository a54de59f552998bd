// /naps/naps.csv: every National Action Plan with its structured facts, one row per plan.
import type { APIContext } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { site } from '../../lib/site';
import { MONITORED_THEMES, napRows } from '../../lib/nap-table';

export async function GET(context: APIContext) {
  const rows = napRows(await site(), context.site);
  const columns = ['id', 'country', 'country_iso2', 'title', 'title_original', 'period_from', 'period_to', 'current', 'adopted', 'coordinator', 'rapporteur_exists', 'rapporteur_independent', 'dedicated_budget', 'budget_amount', 'monitoring_framework', 'indicators', 'evaluation_published', 'victim_support_independent_of_proceedings', ...MONITORED_THEMES.map((t) => `coverage_${t.replace(/-/g, '_')}`), 'verification', 'sources', 'url'];
  const body = stringify(
    rows.map((r) => [r.id, r.country, r.countryId, r.title, r.titleOriginal, r.from, r.to, r.current ? 'yes' : 'no', r.adopted, r.coordinator, r.rapporteurExists, r.rapporteurIndependent, r.budget, r.budgetAmount, r.monitoringFramework, r.indicators, r.evaluationPublished, r.victimSupportUnconditional, ...MONITORED_THEMES.map((t) => r.coverage[t]), r.verification, r.sources.join(' | '), r.url]),
    { header: true, columns },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
