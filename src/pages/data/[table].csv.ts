// /data/<table>.csv: one flat table, its columns declared once in src/lib/open-data.ts (and in datapackage.json).
import type { APIContext } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { site } from '../../lib/site';
import { tableRows } from '../../lib/open-data-site';
import { csvRecords, TABLES } from '../../lib/open-data';

export function getStaticPaths() {
  return TABLES.map((table) => ({ params: { table: table.name }, props: { table } }));
}

export async function GET(context: APIContext) {
  const table = TABLES.find((t) => t.name === context.params.table)!;
  const body = stringify(csvRecords(table, tableRows(await site(), table, context.site)), {
    header: true,
    columns: table.fields.map((f) => f.name),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
