// Site plumbing on the real builds (tests/global-setup.ts): sitemap, robots.txt, Open Graph and Twitter cards,
// social images, and `astro preview` answering an address without its trailing slash.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { readPages, type BuiltPage } from '../helpers/built-site.ts';
import { TEST_SITE_URL } from '../helpers/test-site.ts';

const dist = inject('distDir');
const subDist = inject('subpathDistDir');
const subBase = inject('subpathBase');
const siteUrl = inject('siteUrl');
const builds = [
  { name: 'root', dir: dist, base: '/', pages: readPages(dist) },
  { name: 'sub-path', dir: subDist, base: subBase, pages: readPages(subDist, subBase) },
];
const is404 = (p: BuiltPage) => p.file.endsWith('404.html');

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
}

describe('sitemap and robots.txt', () => {
  for (const b of builds) {
    it(`${b.name}: the sitemap lists every page but the not-found page, by absolute address`, () => {
      const index = locs(readFileSync(join(b.dir, 'sitemap-index.xml'), 'utf8'));
      expect(index).toEqual([`${TEST_SITE_URL}${b.base}sitemap-0.xml`]);
      const urls = locs(readFileSync(join(b.dir, 'sitemap-0.xml'), 'utf8'));
      const expected = b.pages.filter((p) => !is404(p)).map((p) => `${TEST_SITE_URL}${p.path}`);
      expect([...urls].sort()).toEqual([...expected].sort());
      expect(urls.some((u) => u.includes('404'))).toBe(false);
    });

    it(`${b.name}: robots.txt allows crawling and names the sitemap's absolute address`, () => {
      const robots = readFileSync(join(b.dir, 'robots.txt'), 'utf8');
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
      expect(robots).toContain(`Sitemap: ${TEST_SITE_URL}${b.base}sitemap-index.xml`);
    });
  }
});

describe('Open Graph and Twitter cards', () => {
  for (const b of builds) {
    it(`${b.name}: every page has title, description, type, site name and a PNG card; url equals the canonical link`, () => {
      for (const p of b.pages) {
        const og = (prop: string) => p.dom.querySelector(`meta[property="og:${prop}"]`)?.getAttribute('content');
        const tw = (name: string) => p.dom.querySelector(`meta[name="twitter:${name}"]`)?.getAttribute('content');
        expect(og('site_name'), p.path).toBe('THB Knowledge Base');
        // og:title is the page's own title, without the site name that <title> adds.
        expect(og('title'), p.path).toBe(p.dom.querySelector('title')!.text.replace(/ \| THB Knowledge Base$/, ''));
        expect(og('description'), p.path).toBe(
          p.dom.querySelector('meta[name="description"]')?.getAttribute('content'),
        );
        expect(['website', 'article'], p.path).toContain(og('type'));
        expect(og('url'), p.path).toBe(is404(p) ? undefined : `${TEST_SITE_URL}${p.path}`);
        const image = og('image')!;
        expect(image, p.path).toMatch(new RegExp(`^${TEST_SITE_URL}${b.base}og/[a-z]+\\.png$`));
        expect(existsSync(join(b.dir, image.slice(`${TEST_SITE_URL}${b.base}`.length))), image).toBe(true);
        expect(og('image:alt'), p.path).toBe(tw('image:alt'));
        expect(og('image:alt'), p.path).toMatch(/\w+ \w+/);
        expect(tw('card'), p.path).toBe('summary_large_image');
        expect(tw('title'), p.path).toBe(og('title'));
        expect(tw('image'), p.path).toBe(image);
      }
    });
  }

  it('each kind of page has its own card', () => {
    const image = (path: string) =>
      builds[0]!.pages
        .find((p) => p.path === path)!
        .dom.querySelector('meta[property="og:image"]')!
        .getAttribute('content');
    expect(image('/naps/')).toBe(`${TEST_SITE_URL}/og/naps.png`);
    expect(image('/convention/')).toBe(`${TEST_SITE_URL}/og/convention.png`);
    expect(image('/')).toBe(`${TEST_SITE_URL}/og/site.png`);
    const nap = builds[0]!.pages.find((p) => /^\/naps\/[^/]+\/$/.test(p.path))!;
    expect(nap.dom.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(
      `${TEST_SITE_URL}/og/naps.png`,
    );
    expect(nap.dom.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('article');
  });

  it('the cards are 1200×630 PNG files', () => {
    for (const kind of ['site', 'naps', 'convention', 'press']) {
      const png = readFileSync(join(dist, 'og', `${kind}.png`));
      expect(png.subarray(1, 4).toString('latin1'), kind).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], kind).toEqual([1200, 630]);
    }
  });
});

describe('addresses without a trailing slash under astro preview', () => {
  it('/naps reaches the National Action Plans table, not a bare "Not Found"', async () => {
    const res = await fetch(new URL('naps', siteUrl));
    expect(res.status).toBe(200);
    const dom = parse(await res.text());
    expect(dom.querySelector('h1')?.text).toBe('National Action Plans');
    expect(dom.querySelector('table#nap-table')).not.toBeNull();
  });

  it("/about reaches its page too, and an unknown address still gets the site's not-found page", async () => {
    expect((await fetch(new URL('about', siteUrl))).status).toBe(200);
    const missing = await fetch(new URL('no-such-page', siteUrl));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Skip to content');
  });
});
