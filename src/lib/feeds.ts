/**
 * Press feeds (RSS 2.0): the main feed and one per country and per theme that has press releases.
 * Every absolute address in a feed is built here, by `absoluteUrl`, so the rule for the site's
 * address (SITE_URL, and what happens without it) changes in one place.
 */
import { formatPartialDate } from './dates.ts';

/**
 * An absolute URL for a site path that already carries the base path (from urls.ts `paths`).
 * `site` is Astro's `context.site` (SITE_URL); a path in SITE_URL is kept only through BASE_PATH.
 * Every build has it (src/integrations/site-url.ts, ADR 0010): there is no fallback to guess from.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (site === undefined) throw new Error('SITE_URL is not set: feeds need the address the site is served at');
  return new URL(path, site).href;
}

interface PressLike {
  id: string;
  data: { title: string; date: string; summary: string; themes: { id: string }[]; place?: string | undefined };
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** A partial date as a Date for pubDate: a year or month alone stands for its first day (UTC). */
export function pubDateOf(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/**
 * Feed items, newest first (ties by id, so the order is stable), each linked to our digest by an absolute URL.
 * `pageOf` gives the site path of a release (urls.ts `paths.pressRelease`); `themeLabel` names a theme.
 */
export function feedItems(
  press: readonly PressLike[],
  site: URL | string | undefined,
  pageOf: (id: string) => string,
  themeLabel: (id: string) => string,
): FeedItem[] {
  return [...press]
    .sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.id.localeCompare(b.id)))
    .map((p) => ({
      title: p.data.title,
      link: absoluteUrl(pageOf(p.id), site),
      pubDate: pubDateOf(p.data.date),
      description: `${p.data.summary} (${formatPartialDate(p.data.date)}${p.data.place ? `, ${p.data.place}` : ''})`,
      categories: p.data.themes.map((t) => themeLabel(t.id)),
    }));
}
