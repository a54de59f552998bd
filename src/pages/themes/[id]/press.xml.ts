import type { APIContext } from 'astro';
import { pressAbout, pressFeedResponse } from '../../../lib/press-feed';
import { get, site } from '../../../lib/site';
import { paths } from '../../../lib/urls';

/** One feed per theme that has press releases. */
export async function getStaticPaths() {
  const s = await site();
  const withPress = await Promise.all(s.themes.map(async (t) => ({ id: t.id, n: (await pressAbout({ collection: 'themes', id: t.id })).length })));
  return withPress.filter((t) => t.n > 0).map((t) => ({ params: { id: t.id } }));
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
