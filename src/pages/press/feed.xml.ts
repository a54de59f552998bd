import type { APIContext } from 'astro';
import { pressFeedResponse } from '../../lib/press-feed';
import { site } from '../../lib/site';
import { paths } from '../../lib/urls';

/** Every press release, newest first. */
export async function GET(context: APIContext) {
  const s = await site();
  return pressFeedResponse(context.site, {
    title: 'THB Knowledge Base: press releases',
    description: 'Digests of press releases on combating trafficking in human beings, with links to the originals.',
    pagePath: paths.press(),
    feedPath: paths.pressFeed(),
    press: s.press,
  });
}
