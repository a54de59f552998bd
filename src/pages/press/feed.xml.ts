import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../../lib/site';
import { paths } from '../../lib/urls';

export async function GET(context: APIContext) {
  const s = await site();
  return rss({
    title: 'THB Knowledge Base: press releases',
    description: 'Digests of press releases on combating trafficking in human beings, with links to the originals.',
    // The channel links to the site's home, base path included; SITE_URL is always set (src/integrations/site-url.ts).
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    trailingSlash: true,
    items: s.press.map((p) => ({
      title: p.data.title,
      link: paths.pressRelease(p.id),
      pubDate: new Date(p.data.date),
      description: p.data.summary,
    })),
  });
}
