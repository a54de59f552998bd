// /<page>.json next to every record page (/naps/fr-2024-2027/ → /naps/fr-2024-2027.json): the record as in /data/<collection>.json.
import type { APIContext } from 'astro';
import { site } from '../lib/site';
import { recordFileKey } from '../lib/page-keys';
import { recordFile, recordFiles } from '../lib/open-data-site';
import type { CollectionName } from '../schemas/fields';

export async function getStaticPaths() {
  const s = await site();
  return recordFiles(s).map(({ file, collection, id }) => ({
    params: { record: file },
    props: { collection, id },
    // The file shows its record only: an incremental build skips it while the record is unchanged.
    cacheKey: recordFileKey(s, collection, id),
  }));
}

export async function GET(context: APIContext) {
  const { collection, id } = context.props as { collection: CollectionName; id: string };
  return new Response(JSON.stringify(recordFile(await site(), collection, id, context.site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
