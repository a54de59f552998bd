// /crosswalk/crosswalk.json: every crosswalk link, one object per link, from the same data as /crosswalk/.
import type { APIContext } from 'astro';
import { site } from '../../lib/site';
import { BASIS_LABEL, crosswalkLinks, exportRows } from '../../lib/crosswalk';
import { paths } from '../../lib/urls';

export async function GET(context: APIContext) {
  const links = exportRows(crosswalkLinks(await site()), paths, (p) => new URL(p, context.site).href);
  const body = {
    title:
      'Crosswalk: OSCE commitments and the Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)',
    url: new URL(paths.crosswalk(), context.site).href,
    bases: BASIS_LABEL,
    links,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
