// /data/<collection>.json: every record of one collection, as published (see src/lib/open-data.ts).
import type { APIContext } from 'astro';
import { site } from '../../lib/site';
import { collectionFile } from '../../lib/open-data-site';
import { JSON_COLLECTIONS } from '../../lib/open-data';
import type { CollectionName } from '../../schemas/fields';

export function getStaticPaths() {
  return JSON_COLLECTIONS.map((collection) => ({ params: { collection } }));
}

export async function GET(context: APIContext) {
  const body = collectionFile(await site(), context.params.collection as CollectionName, context.site);
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
