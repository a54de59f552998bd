// The /naps/ table: its filter and sort live in the URL (shareable, restored on load), the country column stays in
// view when the table scrolls sideways, and without JavaScript the controls that cannot work are not shown.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { haveChromium, launch, watchErrors } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');

describe.skipIf(!haveChromium)('the NAP table', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps its filter and sort in the URL, and a shared URL restores them', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL('naps/', siteUrl).href);
    const all = await page.locator('#nap-table tbody tr').count();
    await page.fill('#nap-filter', 'moldova');
    await page.waitForURL(/\?q=moldova$/);
    expect(await page.locator('#nap-table tbody tr:not([hidden])').count()).toBe(1);
    await page.locator('#nap-table th button.sort').nth(2).click();
    await page.waitForURL(/sort=2&dir=asc/);
    const shared = page.url();
    const other = await browser.newPage();
    await other.goto(shared);
    expect(await other.inputValue('#nap-filter')).toBe('moldova');
    expect(await other.locator('#nap-table tbody tr:not([hidden])').count()).toBe(1);
    expect(await other.locator('#nap-table th').nth(2).getAttribute('aria-sort')).toBe('ascending');
    await other.fill('#nap-filter', '');
    await other.waitForURL(/\/naps\/\?sort=2&dir=asc$/);
    expect(await other.locator('#nap-table tbody tr:not([hidden])').count()).toBe(all);
    expect(errors).toEqual([]);
    await page.close();
    await other.close();
  });

  it('keeps the country column in view when scrolled sideways (375 px)', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(new URL('naps/', siteUrl).href);
    const wrap = page.locator('.table-wrap');
    await wrap.evaluate((el) => {
      el.scrollLeft = 600;
    });
    const cell = page.locator('#nap-table tbody tr').first().locator('td').first();
    const box = (await cell.boundingBox())!;
    const wrapBox = (await wrap.boundingBox())!;
    expect(Math.abs(box.x - wrapBox.x)).toBeLessThan(2);
    await context.close();
  });

  it('without JavaScript the filter controls stay hidden and the table is complete', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('naps/', siteUrl).href);
    expect(await page.locator('#nap-controls').isVisible()).toBe(false);
    expect(await page.locator('#nap-table tbody tr').count()).toBeGreaterThan(40);
    expect(await page.locator('#nap-table th button.sort').count()).toBe(0);
    await context.close();
  });
});
