// /data/datapackage.json: the Frictionless Data Package describing every file under /data/.
import type { APIContext } from 'astro';
import { site } from '../../lib/site';
import { packageFile } from '../../lib/open-data-site';

export async function GET(context: APIContext) {
  return new Response(JSON.stringify(packageFile(await site(), context.site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
