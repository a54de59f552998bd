// The Content-Security-Policy of every page is enforced in Chromium (no bypass): the main templates load and
// their scripts work (search with a filter, the NAP table's sorting, maps) with no violation and no console error,
// and a script injected into a page is refused.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveChromium, launch, watchErrors } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');

/** Records every securitypolicyviolation event from the first moment of the page. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { kbCsp: string[] }).kbCsp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { kbCsp: string[] }).kbCsp);
}

const pages: Record<string, (page: Page) => Promise<void>> = {
  '/': async () => {},
  '/convention/articles/10/': async () => {},
  '/countries/md/': async (page) => {
    // The locator map, not the first svg of the page (the header's menu icon is hidden on wide screens).
    await page.locator('svg.map-svg').first().waitFor();
  },
  '/naps/': async (page) => {
    await page.locator('th button.sort').first().click();
    await page.locator('th[aria-sort="ascending"], th[aria-sort="descending"]').first().waitFor();
  },
  '/commitments/pc-dec-557/': async () => {},
  '/crosswalk/': async () => {},
  '/practices/': async () => {},
  '/press/': async () => {},
  '/search/?q=assistance': async (page) => {
    await page.locator('#search-results li').first().waitFor();
    const filter = page.locator('#search-filters input[name="type"]').first();
    await filter.check();
    await page.waitForURL(/type=/);
    await page.locator('#search-results li').first().waitFor();
  },
};

describe.skipIf(!haveChromium)('Content-Security-Policy, enforced', () => {
  let browser: Browser;
  // One tab goes from page to page (a new tab for each costs Chromium a new renderer process); the violations are
  // recorded afresh in every document, the errors cleared before each page.
  let page: Page;
  let errors: string[];
  let violations: () => Promise<string[]>;
  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage();
    errors = watchErrors(page);
    violations = await watchViolations(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [path, use] of Object.entries(pages)) {
    it(`${path} works under its policy with no violation`, async () => {
      errors.length = 0;
      await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      await use(page);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('refuses a script injected into a page, and reports it', async () => {
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(new URL('/convention/articles/10/', siteUrl).href, { waitUntil: 'networkidle' });
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.kbInjected = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.gif';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { kbInjected?: boolean }).kbInjected ?? false;
    });
    expect(ran).toBe(false);
    const seen = await violations();
    expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(seen.some((v) => v.startsWith('img-src') && v.includes('tracker.example'))).toBe(true);
    await page.close();
  });
});
