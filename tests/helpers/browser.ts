/**
 * Debian's Chromium through playwright-core: never a downloaded browser. Under CI a missing Chromium fails
 * the run; elsewhere the browser tests are skipped with a line saying how to install it.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  if (process.env.CI)
    throw new Error(`CI: Chromium is required at ${CHROMIUM} for the browser tests (apt-get install -y chromium).`);
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'kb-chromium-'))}`,
    ].filter((a) => !a.startsWith('--user-data-dir')),
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe rules whose answer depends on colours. The dark theme changes custom properties of colour only (a unit
 * test holds the stylesheets to that), so a page's second theme is checked with these; the others see the same DOM.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Puts axe-core in every page of a context as the page starts, through the DevTools protocol (the page's
 * Content-Security-Policy stays on). Evaluating it after load costs about three times as long.
 */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(axeSource);
  return context;
}

/** WCAG 2.2 A and AA violations on the page (or those of `rules` only), as "rule: target" lines. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_22_AA };
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, runOnly);
  return violations;
}

/**
 * Collects console errors and failed requests of a page. `expectNotFound`: the page is the not-found page (a function
 * where one tab visits several pages).
 */
export function watchErrors(page: Page, options: { expectNotFound?: boolean | (() => boolean) } = {}): string[] {
  const option = options.expectNotFound ?? false;
  const notFound = () => (typeof option === 'function' ? option() : option);
  const errors: string[] = [];
  page.on('console', (m) => {
    // The not-found page is served with status 404 on purpose; Chromium logs that as an error.
    if (m.type() === 'error' && !(notFound() && /status of 404/.test(m.text()))) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  // A request cut short by leaving the page (ERR_ABORTED) is not an error of the page.
  page.on('requestfailed', (r) => {
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? ''))
      errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !(notFound() && r.request().isNavigationRequest()))
      errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

/**
 * Loads Pagefind in a search page as the page itself does (from the address in its data attribute) and keeps it
 * as `window.kbPagefind`. A string, so the test runner does not rewrite the dynamic import.
 */
export async function loadPagefind(page: Page): Promise<void> {
  await page.evaluate(
    "(async () => { window.kbPagefind = await import(document.getElementById('search-results').dataset.pagefindUrl); })()",
  );
}
