// /data/schemas/<collection>.schema.json: the JSON Schema of /data/<collection>.json, generated from the collection's Zod schema.
import type { APIContext } from 'astro';
import { schemaFile } from '../../../lib/open-data-site';
import { JSON_COLLECTIONS } from '../../../lib/open-data';
import type { CollectionName } from '../../../schemas/fields';

export function getStaticPaths() {
  return JSON_COLLECTIONS.map((collection) => ({ params: { collection } }));
}

export function GET(context: APIContext) {
  const body = schemaFile(context.params.collection as CollectionName, context.site);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
}
