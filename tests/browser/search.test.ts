// Search on the real index in Chromium: known queries find their record first (symbols, articles, countries,
// themes), filters combine as documented with live counts, state lives in the URL, results are inert.
import { contentRoot } from '../../src/lib/content-root.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { PAGE_COLLECTIONS, paragraphAnchor, paths, recordUrl } from '../../src/lib/urls.ts';
import { axeViolations, haveChromium, launch, loadPagefind, watchErrors } from '../helpers/browser.ts';

const root = resolve(import.meta.dirname, '../..');
const siteUrl = inject('siteUrl');
const fixtureUrl = inject('fixtureSiteUrl');
const { records } = loadContent(contentRoot(root), root);
const data = (r: (typeof records)[number]) => r.data as Record<string, any>;

/** The table of known queries and the record that must come first, generated from the records. */
function knownQueries(): [string, string][] {
  const table: [string, string][] = [];
  for (const r of records.filter((x) => x.collection === 'commitments' && data(x).symbol)) {
    const symbol: string = data(r).symbol;
    for (const q of [symbol, symbol.toLowerCase(), symbol.replace(/\./g, ' ')])
      table.push([q, recordUrl('commitments', r.id)!]);
  }
  for (const n of [4, 10, 12, 13, 26, 29]) {
    const url = recordUrl('convention', `article-${String(n).padStart(2, '0')}`)!;
    for (const q of [`Article ${n}`, `Art. ${n}`, `art ${n}`, `CETS 197 Art. ${n}`]) table.push([q, url]);
  }
  for (const a of records.filter((x) => x.collection === 'convention')) {
    const n = data(a).number as number;
    if (![4, 10, 12, 13, 26, 29].includes(n)) table.push([`Article ${n}`, recordUrl('convention', a.id)!]);
  }
  const a12 = records.find((x) => x.id === 'article-12')!;
  const para = (data(a12).obligations as { paragraph: string }[]).find((o) =>
    /\([a-z]\)$/.test(o.paragraph),
  )!.paragraph;
  table.push([`Art. ${para}`, `${recordUrl('convention', 'article-12')}#${paragraphAnchor(para)}`]);
  for (const id of ['md', 'fr', 'tr', 'ie']) {
    const c = records.find((x) => x.collection === 'countries' && x.id === id)!;
    for (const q of [data(c).name, id.toUpperCase(), id, data(c).iso3]) table.push([q, recordUrl('countries', id)!]);
  }
  for (const id of ['non-punishment', 'supply-chains', 'labour-exploitation', 'nrm']) {
    const t = records.find((x) => x.collection === 'themes' && x.id === id)!;
    table.push([data(t).label, recordUrl('themes', id)!]);
  }
  table.push(
    ['non-punishment', recordUrl('themes', 'non-punishment')!],
    ['supply chains', recordUrl('themes', 'supply-chains')!],
  );
  return table;
}

/**
 * Concept queries: each theme's label, and legal terms, with the pages that must be among the first three (the
 * theme, and the Convention article on the same subject). Checked too: the first result is an instrument or a
 * theme, never a country, plan, practice or release that merely mentions the words.
 */
function conceptQueries(): [string, string[]][] {
  const table: [string, string[]][] = [];
  for (const t of records.filter((x) => x.collection === 'themes'))
    table.push([data(t).label, [recordUrl('themes', t.id)!]]);
  const article = (n: number) => recordUrl('convention', `article-${String(n).padStart(2, '0')}`)!;
  const theme = (id: string) => {
    if (!records.some((r) => r.collection === 'themes' && r.id === id)) throw new Error(`no theme ${id}`);
    return recordUrl('themes', id)!;
  };
  table.push(
    ['identification of victims', [article(10), theme('victim-identification')]],
    ['non-punishment', [theme('non-punishment'), article(26)]],
    ['labour exploitation', [theme('labour-exploitation')]],
    ['compensation', [theme('compensation'), article(15)]],
    ['recovery and reflection period', [article(13)]],
    ['residence permit', [article(14)]],
  );
  return table;
}
const INSTRUMENT_OR_THEME = /^\/(convention\/articles|commitments|themes)\//;

/**
 * The results for a query, best first. The first query of a page arrives by address (/search/?q=…); later ones are
 * typed into the page's own field and sent with Enter, as a reader searching again does, so Pagefind is not loaded
 * afresh every time (arriving by address, searching while typing, filters and Back are tested on their own below).
 */
async function searchFor(page: Page, base: string, query: string, { byAddress = false } = {}) {
  const searchPage = new URL('search/', base).href;
  const here = new URL(page.url());
  // Typed only where the page holds nothing but a query (no filter, no sort, no anchor), so the state starts clean.
  // Tests that read the filters arrive by address: typed, the previous query's filters stay on screen until the
  // new counts are drawn, after the results.
  const clean = [...here.searchParams.keys()].every((k) => k === 'q') && !here.hash && !byAddress;
  if (`${here.origin}${here.pathname}` === searchPage && clean && (await page.locator('#search-q').count())) {
    // Enter searches at once (typing alone waits for a pause, tested on its own below); the page writes the query
    // into its address.
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === query);
  } else await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => !/Searching/.test(document.getElementById('search-status')?.textContent ?? 'Searching'),
  );
  return page.locator('#search-results a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

describe.skipIf(!haveChromium)('search in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage();
    errors = watchErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [query, url] of knownQueries()) {
    it(`"${query}" finds ${url} first`, async () => {
      const hrefs = await searchFor(page, siteUrl, query);
      expect(hrefs[0]).toBe(url);
    });
  }

  for (const [query, expected] of conceptQueries()) {
    it(`concept "${query}": ${expected.join(', ')} among the first three, an instrument or theme first`, async () => {
      const hrefs = await searchFor(page, siteUrl, query);
      for (const url of expected) expect(hrefs.slice(0, 3), query).toContain(url);
      expect(hrefs[0], query).toMatch(INSTRUMENT_OR_THEME);
    });
  }

  it('a misspelling matches no country code by prefix ("traficking" is not Türkiye, "TR") and gets "Did you mean"', async () => {
    const hrefs = await searchFor(page, siteUrl, 'traficking');
    expect(hrefs).not.toContain(recordUrl('countries', 'tr'));
    await page.locator('#search-suggestion-link').waitFor();
    expect(await page.locator('#search-suggestion-link').textContent()).toBe('trafficking');
    expect(await page.locator('#search-suggestion').textContent()).toBe('Did you mean trafficking?');
    await page.click('#search-suggestion-link');
    await page.waitForURL(/q=trafficking/);
    await page.waitForFunction(() => /^\d+ results/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-suggestion').isHidden()).toBe(true);
    // The codes themselves still find their country, as a whole query.
    expect((await searchFor(page, siteUrl, 'TR'))[0]).toBe(recordUrl('countries', 'tr'));
  });

  it('suggests "identification" for "identifcation", from the site\'s own words', async () => {
    await searchFor(page, siteUrl, 'identifcation');
    await page.locator('#search-suggestion-link').waitFor();
    expect(await page.locator('#search-suggestion-link').textContent()).toBe('identification');
    expect(await page.locator('#search-suggestion-link').getAttribute('href')).toBe('/search/?q=identification');
  });

  it('a quoted phrase finds the words together, best first', async () => {
    const phrase = await searchFor(page, siteUrl, '"labour exploitation"');
    const words = await searchFor(page, siteUrl, 'labour exploitation');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThanOrEqual(words.length);
    expect(phrase[0]).toBe(recordUrl('themes', 'labour-exploitation'));
    const excerpts = await searchFor(page, siteUrl, '"identification of the victims"').then(() =>
      page.locator('#search-results .result > p:not(.meta)').allTextContents(),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts[0]!.toLowerCase()).toContain('identification of the victims');
  });

  it('snippets keep a space between the text of adjacent elements', async () => {
    await page.goto(new URL('search/', siteUrl).href);
    await loadPagefind(page);
    const content: string = await page.evaluate(async () => {
      const pf = (window as any).kbPagefind;
      const r = (await pf.search(null, { filters: { key: 'md' } })).results[0];
      return (await r.data()).content;
    });
    expect(content).toContain('Moldova');
    expect(content).not.toMatch(/OSCEOSCE|StateCouncil|EuropeMember/);
  });

  it('shows only filter groups that have results, and shortens a very long query in the status line', async () => {
    const long = `${'identification of victims of trafficking '.repeat(6)}end`;
    await searchFor(page, siteUrl, long);
    const status = (await page.locator('#search-status').textContent())!;
    expect(status).toContain('…');
    expect(status.length).toBeLessThan(120);
    await searchFor(page, siteUrl, 'Art. 26', { byAddress: true });
    await page.locator('#search-filters fieldset').first().waitFor();
    const groups = await page
      .locator('#search-filters fieldset')
      .evaluateAll((fs) =>
        fs.map((f) => [...f.querySelectorAll('.count')].map((c) => Number(c.textContent!.replace(/\D/g, '')))),
      );
    expect(groups.length).toBeGreaterThan(0);
    for (const counts of groups) expect(Math.max(...counts)).toBeGreaterThan(0);
  });

  it('finds the crosswalk both ways: "Art. 10 OSCE" and "MC.DEC/13/04 Convention" list the article and the commitment', async () => {
    for (const q of ['Art. 10 OSCE', 'MC.DEC/13/04 Convention']) {
      const hrefs = await searchFor(page, siteUrl, q);
      expect(hrefs, q).toContain(recordUrl('convention', 'article-10'));
      expect(hrefs, q).toContain(recordUrl('commitments', 'mc-dec-13-04'));
    }
  });

  it('indexes main content only: not the navigation, the footer or "Referenced by" lists', async () => {
    await page.goto(new URL('search/', siteUrl).href);
    const release = records.find((r) => r.collection === 'press')!;
    const articleUrl = recordUrl('convention', 'article-29');
    // What Pagefind holds of the Article 29 page, which lists the release under "Referenced by".
    await loadPagefind(page);
    const content: string = await page.evaluate(async (url) => {
      const pf = (window as any).kbPagefind;
      for (const r of (await pf.search(null, { filters: { key: 'art29' } })).results) {
        const d = await r.data();
        if (d.url === url) return d.content;
      }
      return '';
    }, articleUrl);
    expect(content).toContain(
      (records.find((r) => r.id === 'article-29')!.data as { summary: string }).summary.slice(0, 40),
    );
    for (const outside of [
      'Skip to content',
      'Referenced by',
      (release.data as { title: string }).title,
      'follow the sources for the official texts',
      'Good practices',
    ]) {
      expect(content).not.toContain(outside);
    }
  });

  it('Pagefind indexes every record page with a date sort key, so sorting drops none', async () => {
    await page.goto(new URL('search/', siteUrl).href);
    await loadPagefind(page);
    const counts = await page.evaluate(async () => {
      const pf = (window as any).kbPagefind;
      const all = await pf.search(null, {});
      const sorted = await pf.search(null, { sort: { date: 'desc' } });
      const filters = await pf.filters();
      return { all: all.results.length, sorted: sorted.results.length, types: Object.keys(filters.type ?? {}) };
    });
    const recordPages = records.filter((r) => PAGE_COLLECTIONS.includes(r.collection)).length;
    expect(counts.all).toBe(recordPages);
    expect(counts.sorted).toBe(counts.all);
    expect(counts.types.sort()).toEqual([
      'Convention article',
      'Country',
      'Good practice',
      'National Action Plan',
      'OSCE commitment',
      'Organisation',
      'Person',
      'Press release',
      'Theme',
    ]);
  });

  it('two filters narrow the results with live counts, a result lands on its anchor, and Back restores the state', async () => {
    await searchFor(page, siteUrl, 'victims', { byAddress: true });
    const count = async (name: string, value: string) =>
      Number(
        (await page
          .locator(`#search-filters input[name="${name}"][value="${value}"]`)
          .locator('xpath=..')
          .locator('.count')
          .textContent())!.replace(/\D/g, ''),
      );
    const total = async () => Number((await page.locator('#search-status').textContent())!.match(/^(\d+) result/)![1]);
    const expectedAfterType = await count('type', 'Convention article');
    expect(expectedAfterType).toBeGreaterThan(1);
    await page.check('#search-filters input[name="type"][value="Convention article"]');
    await page.waitForURL(/type=Convention\+article/);
    await page.waitForFunction(() => /^\d+ result/.test(document.getElementById('search-status')!.textContent ?? ''));
    expect(await total()).toBe(expectedAfterType);
    expect(await page.locator('#search-results .result .meta').allTextContents()).toSatisfy((metas: string[]) =>
      metas.every((m) => m.includes('Convention article')),
    );
    const expectedAfterTheme = await count('theme', 'Protection');
    expect(expectedAfterTheme).toBeGreaterThan(0);
    expect(expectedAfterTheme).toBeLessThan(expectedAfterType);
    await page.check('#search-filters input[name="theme"][value="Protection"]');
    await page.waitForURL(/theme=Protection/);
    await page.waitForFunction(
      (n) => document.getElementById('search-status')!.textContent!.startsWith(`${n} result`),
      expectedAfterTheme,
    );
    const url = page.url();
    expect(url).toMatch(/q=victims/);
    const firstHref = await page.locator('#search-results a.result-link').first().getAttribute('href');
    // Open a paragraph (a sub-result) and land on its anchor.
    const sub = page.locator('#search-results .sub-results a').first();
    const subHref = (await sub.getAttribute('href'))!;
    expect(subHref).toContain('#');
    await sub.click();
    await page.waitForURL((u) => u.hash.length > 1);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${anchor}"]`).isVisible()).toBe(true);
    expect(
      await page.locator(`[id="${anchor}"]`).evaluate((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight;
      }),
    ).toBe(true);
    await page.goBack();
    await page.waitForURL(url);
    await page.waitForFunction(
      (n) => document.getElementById('search-status')!.textContent!.startsWith(`${n} result`),
      expectedAfterTheme,
    );
    expect(await page.isChecked('#search-filters input[name="type"][value="Convention article"]')).toBe(true);
    expect(await page.isChecked('#search-filters input[name="theme"][value="Protection"]')).toBe(true);
    expect(await page.inputValue('#search-q')).toBe('victims');
    expect(await page.locator('#search-results a.result-link').first().getAttribute('href')).toBe(firstHref);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('searches while the reader types, after a pause, and once only when Enter follows the typing', async () => {
    await searchFor(page, siteUrl, 'assistance');
    const searches = () => page.evaluate(() => performance.getEntriesByName('kb:results').length);
    const before = await searches();
    // Typing alone: the search starts after the pause and replaces the address.
    await page.fill('#search-q', 'compensation');
    await page.waitForURL((u) => u.searchParams.get('q') === 'compensation');
    const shown = (q: string) =>
      page.waitForFunction((q) => {
        const status = document.getElementById('search-status')?.textContent ?? '';
        return status.includes(q) && !/Searching/.test(status);
      }, q);
    await shown('compensation');
    expect(await searches()).toBe(before + 1);
    // Typing then Enter: one search at once, and none more when the pause ends.
    await page.fill('#search-q', 'residence permit');
    await page.press('#search-q', 'Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === 'residence permit');
    await shown('residence permit');
    await page.waitForTimeout(600);
    expect(await searches()).toBe(before + 2);
  });

  it('works from the keyboard: "/" reaches the field, arrows move through results', async () => {
    await searchFor(page, siteUrl, 'assistance');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('result-link');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).toBe(await page.locator('#search-results a.result-link').nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });

  it('a symbol or an article is shown before the word index is fetched; a subject query fetches it at once', async () => {
    const symbolRecord = records.find((r) => r.collection === 'commitments' && data(r).symbol)!;
    const cases: [string, string, boolean][] = [
      [data(symbolRecord).symbol as string, recordUrl('commitments', symbolRecord.id)!, true],
      ['Art. 10', recordUrl('convention', 'article-10')!, true],
      ['labour exploitation', recordUrl('themes', 'labour-exploitation')!, false],
    ];
    for (const [query, url, lookedUpFirst] of cases) {
      const fresh = await browser.newPage();
      // Requests from Pagefind's web worker are reported here too; resource timing would miss them.
      const requests: { url: string; at: number }[] = [];
      fresh.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
      try {
        const hrefs = await searchFor(fresh, siteUrl, query);
        expect(hrefs[0], query).toBe(url);
        const shownAt = await fresh.evaluate(
          () => performance.timeOrigin + performance.getEntriesByName('kb:results')[0]!.startTime,
        );
        const wordsBefore = requests.filter((r) => r.url.includes('/pagefind/index/') && r.at <= shownAt);
        if (lookedUpFirst) expect(wordsBefore, query).toEqual([]);
        else expect(wordsBefore.length, query).toBeGreaterThan(0);
        // The other results follow: the words were searched after all.
        expect(
          requests.some((r) => r.url.includes('/pagefind/index/')),
          query,
        ).toBe(true);
      } finally {
        await fresh.close();
      }
    }
  });

  it('says clearly when nothing matches, with suggestions', async () => {
    await searchFor(page, siteUrl, 'zzzxqy');
    expect(await page.locator('#search-status').textContent()).toMatch(/No results for “zzzxqy”/);
    expect(await page.locator('#search-results .empty a').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('renders hostile record text inert: no script runs and every link stays on the site', async () => {
    const hostile = await browser.newPage();
    const dialogs: string[] = [];
    hostile.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hrefs = await searchFor(hostile, fixtureUrl, 'hostilemarker');
    expect(hrefs.length).toBeGreaterThan(0);
    const all = await hostile
      .locator('#search-results a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(all.every((h) => h.startsWith('/') && !/^javascript:/i.test(h))).toBe(true);
    expect(await hostile.locator('#search-results').textContent()).toContain('<script>');
    expect(await hostile.locator('#search-results script, #search-results img').count()).toBe(0);
    expect(await hostile.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await hostile.close();
  });

  it('without JavaScript: sort and the "/" hint are hidden, the browse links and every article are offered', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(new URL('search/?q=Art.%2026', siteUrl).href);
    expect(await noJs.locator('#search-sort').isVisible()).toBe(false);
    expect(await noJs.locator('#search-help').isVisible()).toBe(false);
    expect(await noJs.locator('#search-q').isVisible()).toBe(true);
    const box = noJs.locator('#search-no-script');
    expect(await box.isVisible()).toBe(true);
    expect(await box.textContent()).toContain('Search needs JavaScript');
    const hrefs = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const url of [paths.commitments(), paths.themes(), paths.countries(), paths.naps(), paths.convention()])
      expect(hrefs).toContain(url);
    for (const a of records.filter((r) => r.collection === 'convention'))
      expect(hrefs).toContain(recordUrl('convention', a.id));
    await noJs.getByRole('link', { name: 'Article 26', exact: true }).click();
    await noJs.waitForURL(/\/convention\/articles\/26\/$/);
    await context.close();
  });

  it('with JavaScript the no-script notice stays out of sight and the controls show', async () => {
    await searchFor(page, siteUrl, 'victims');
    expect(await page.locator('#search-sort').isVisible()).toBe(true);
    expect(await page.locator('#search-help').isVisible()).toBe(true);
    expect(await page.locator('#search-no-script').count()).toBe(0);
  });

  it('raised no console error', async () => {
    // A search of its own, so the check means something when this test runs alone (-t); then every error of the run.
    await searchFor(page, siteUrl, 'assistance');
    expect(errors).toEqual([]);
  });
});
