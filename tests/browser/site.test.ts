// The real built site in Debian's Chromium: pages load without errors, axe finds no WCAG 2.2 AA violation
// on any template (light and dark), pages work without JavaScript and at 320 px, and search answers.
import { contentRoot } from '../../src/lib/content-root.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { recordUrl } from '../../src/lib/urls.ts';
import { axeViolations, COLOUR_RULES, haveChromium, launch, watchErrors, withAxe } from '../helpers/browser.ts';

const root = resolve(import.meta.dirname, '../..');
const siteUrl = inject('siteUrl');
const { records } = loadContent(contentRoot(root), root);
const first = (collection: string) => records.find((r) => r.collection === collection)!;
const unverified = records.find(
  (r) =>
    r.collection !== 'countries' &&
    (r.data as { verification?: { status: string } }).verification?.status === 'unverified',
);

/** One page per template (every .astro page under src/pages/; the CMS under /admin/ has its own test). */
const templates: Record<string, string> = {
  home: '/',
  'convention index': '/convention/',
  chapter: recordUrl('chapters', first('chapters').id)!,
  article: recordUrl('convention', 'article-12')!,
  'commitments index': '/commitments/',
  commitment: recordUrl('commitments', first('commitments').id)!,
  'countries index': '/countries/',
  country: recordUrl('countries', 'md')!,
  'naps index': '/naps/',
  nap: recordUrl('naps', first('naps').id)!,
  'practices index': '/practices/',
  practice: recordUrl('practices', first('practices').id)!,
  'press index': '/press/',
  'press release': recordUrl('press', first('press').id)!,
  'themes index': '/themes/',
  theme: recordUrl('themes', 'supply-chains')!,
  crosswalk: '/crosswalk/',
  monitoring: '/monitoring/',
  'monitoring latest': '/monitoring/latest/',
  'monitoring maps': '/monitoring/maps/',
  'compare index': '/compare/',
  'compare pair': '/compare/de-fr/',
  'organisations index': '/organisations/',
  organisation: recordUrl('organisations', 'greta')!,
  'people index': '/people/',
  person: recordUrl('people', first('people').id)!,
  'open data': '/data/',
  about: '/about/',
  contribute: '/contribute/',
  search: '/search/?q=assistance',
  'not found': '/does-not-exist/',
};

describe.skipIf(!haveChromium)('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // One tab goes from template to template, as a reader does: a new tab or context for each costs Chromium a new
  // renderer process and axe a fresh compile, more than twice the time of the checks themselves. Every rule runs in
  // the light theme; the dark theme, which changes only colours, is checked with the colour rules on the same page.
  describe('every template', () => {
    let context: BrowserContext;
    let page: Page;
    let expectNotFound = false;
    let errors: string[];
    beforeAll(async () => {
      context = await withAxe(await browser.newContext());
      page = await context.newPage();
      errors = watchErrors(page, { expectNotFound: () => expectNotFound });
    });
    afterAll(async () => {
      await context?.close();
    });

    for (const [name, path] of Object.entries(templates)) {
      it(`${name} (${path}) loads without errors and has no axe violations, light and dark`, async () => {
        errors.length = 0;
        expectNotFound = name === 'not found';
        await page.emulateMedia({ colorScheme: 'light' });
        // Content pages fetch nothing after their load event; the search page fetches its index and results.
        const response = await page.goto(new URL(path, siteUrl).href, {
          waitUntil: name === 'search' ? 'networkidle' : 'load',
        });
        expect(response!.status()).toBe(name === 'not found' ? 404 : 200);
        if (name === 'search') await page.locator('#search-results li').first().waitFor();
        expect(await axeViolations(page), 'light').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });

  it('search answers a query from the header form: the article whose title was searched is among the results', async () => {
    const article = records.find((r) => r.collection === 'convention' && r.id === 'article-13')!;
    const title = (article.data as { title: string }).title;
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL('/', siteUrl).href);
    await page.fill('header input[name="q"]', title);
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('#search-results li a').first().waitFor();
    // Ranking (symbols and titles first) is the search issue's work; here the first cut must find it.
    const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(recordUrl('convention', 'article-13'));
    expect(await page.inputValue('#search-q')).toBe(title);
    expect(await page.locator('#search-status').textContent()).toMatch(/\d+ results? for/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('content pages work without JavaScript; the search page says it needs it and offers browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(templates.article!, siteUrl).href);
    await page.click('nav.main a:has-text("Countries")');
    await page.waitForURL(/\/countries\/$/);
    await page.click('table a:has-text("Moldova")');
    expect(await page.locator('h1').textContent()).toBe('Moldova');
    await page.goto(new URL('/search/?q=x', siteUrl).href);
    expect(await page.locator('noscript').innerHTML()).toMatch(/Search needs JavaScript/);
    await context.close();
  });

  it('unverified records show a visible notice', async () => {
    expect(unverified).toBeDefined();
    const page = await browser.newPage();
    await page.goto(new URL(recordUrl(unverified!.collection, unverified!.id)!, siteUrl).href);
    expect(await page.locator('.notice[data-verification="unverified"]').isVisible()).toBe(true);
    await page.close();
  });

  it('pages fit a 320 px wide screen without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of [
      templates.home!,
      templates.article!,
      templates['naps index']!,
      templates['countries index']!,
      templates.commitment!,
      templates.crosswalk!,
    ]) {
      await page.goto(new URL(path, siteUrl).href);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
    await context.close();
  });
});
