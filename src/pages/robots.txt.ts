// /robots.txt: every page may be crawled; names the sitemap by its absolute address (SITE_URL and the base path).
import type { APIContext } from 'astro';

/** The robots.txt of a site served at `site` under `base` ("/" or "/kb/"). */
export function robotsTxt(site: URL | string, base: string): string {
  const sitemap = new URL(`${base.replace(/\/?$/, '/')}sitemap-index.xml`, site);
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`;
}

export function GET(context: APIContext) {
  if (!context.site) throw new Error('robots.txt needs the site address (SITE_URL)');
  return new Response(robotsTxt(context.site, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
