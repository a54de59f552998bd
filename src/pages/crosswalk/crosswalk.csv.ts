// /crosswalk/crosswalk.csv: every crosswalk link, one row per link, from the same data as /crosswalk/.
import type { APIContext } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { site } from '../../lib/site';
import { crosswalkLinks, EXPORT_COLUMNS, exportRows } from '../../lib/crosswalk';
import { paths } from '../../lib/urls';

export async function GET(context: APIContext) {
  const rows = exportRows(crosswalkLinks(await site()), paths, (p) => new URL(p, context.site).href);
  const body = stringify(
    rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])),
    { header: true, columns: EXPORT_COLUMNS },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
