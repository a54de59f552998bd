/** Builds an RSS 2.0 response for a list of press releases (the main feed and the per-country and per-theme feeds). */
import rss from '@astrojs/rss';
import { absoluteUrl, feedItems } from './feeds.ts';
import { get, site, type Entry } from './site.ts';
import { paths } from './urls.ts';

export interface PressFeed {
  title: string;
  description: string;
  /** The site path of the page the feed belongs to (with the base path), e.g. paths.press(). */
  pagePath: string;
  /** The site path of the feed itself, e.g. paths.pressFeed(). */
  feedPath: string;
  press: readonly Entry<'press'>[];
}

export async function pressFeedResponse(siteUrl: URL | undefined, feed: PressFeed): Promise<Response> {
  const s = await site();
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.pagePath, siteUrl),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${absoluteUrl(feed.feedPath, siteUrl)}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(feed.press, siteUrl, paths.pressRelease, (id) => get(s, 'themes', id).data.label),
  });
}

/** Press releases that point to a record (a country or a theme), through the link graph. */
export async function pressAbout(target: {
  collection: 'countries' | 'themes';
  id: string;
}): Promise<Entry<'press'>[]> {
  const s = await site();
  const ids = new Set(s.graph.incoming(target, 'press').map((l) => l.from.id));
  return s.press.filter((p) => ids.has(p.id));
}

/** The countries or themes that have at least one press release, so each gets its own feed. */
export async function idsWithPress(collection: 'countries' | 'themes'): Promise<string[]> {
  const s = await site();
  const counts = await Promise.all(
    s[collection].map(async (r) => ({ id: r.id, n: (await pressAbout({ collection, id: r.id })).length })),
  );
  return counts.filter((c) => c.n > 0).map((c) => c.id);
}
