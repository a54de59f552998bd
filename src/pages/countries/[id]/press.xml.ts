import type { APIContext } from 'astro';
import { idsWithPress, pressAbout, pressFeedResponse } from '../../../lib/press-feed';
import { get, site } from '../../../lib/site';
import { paths } from '../../../lib/urls';

/** One feed per country that has press releases. */
export async function getStaticPaths() {
  return (await idsWithPress('countries')).map((id) => ({ params: { id } }));
}

export async function GET(context: APIContext) {
  const id = context.params.id!;
  const name = get(await site(), 'countries', id).data.name;
  return pressFeedResponse(context.site, {
    title: `THB Knowledge Base: press releases on ${name}`,
    description: `Digests of press releases on combating trafficking in human beings that concern ${name}, with links to the originals.`,
    pagePath: paths.country(id),
    feedPath: paths.countryPressFeed(id),
    press: await pressAbout({ collection: 'countries', id }),
  });
}
