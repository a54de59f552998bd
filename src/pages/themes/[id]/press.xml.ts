import type { APIContext } from 'astro';
import { idsWithPress, pressAbout, pressFeedResponse } from '../../../lib/press-feed';
import { get, site } from '../../../lib/site';
import { paths } from '../../../lib/urls';

/** One feed per theme that has press releases. */
export async function getStaticPaths() {
  return (await idsWithPress('themes')).map((id) => ({ params: { id } }));
}

export async function GET(context: APIContext) {
  const id = context.params.id!;
  const label = get(await site(), 'themes', id).data.label;
  return pressFeedResponse(context.site, {
    title: `THB Knowledge Base: press releases on ${label}`,
    description: `Digests of press releases on combating trafficking in human beings on the theme “${label}”, with links to the originals.`,
    pagePath: paths.theme(id),
    feedPath: paths.themePressFeed(id),
    press: await pressAbout({ collection: 'themes', id }),
  });
}
