// /naps/naps.csv: every National Action Plan with its structured facts, one row per plan.
// Columns and row builder are shared with /data/naps.csv (src/lib/open-data.ts, over nap-table.ts `napRows`).
import type { APIContext } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { site } from '../../lib/site';
import { napRows } from '../../lib/nap-table';
import { NAP_FIELDS, napCsvRow } from '../../lib/open-data';

export async function GET(context: APIContext) {
  const columns = NAP_FIELDS.map((f) => f.name);
  const body = stringify(
    napRows(await site(), context.site).map((r) => {
      const row = napCsvRow(r);
      return columns.map((c) => row[c]);
    }),
    { header: true, columns },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
