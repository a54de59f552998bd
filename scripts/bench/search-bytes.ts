/**
 * Bytes a reader's browser fetches, cold cache, to show the first results of a query on /search/:
 * the built site served locally, Debian's Chromium, every response counted as a static host sends it
 * (text files gzipped, Pagefind's already-compressed index files as they are).
 */
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium } from 'playwright-core';

const TEXT = /^(text\/|application\/(javascript|json))/;

export async function searchBytes(root: string, outDir: string, query: string, port = 4396) {
  const server = await preview({ root, outDir, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  // The server stops whatever fails after it started, the browser's launch included (else its port stays taken).
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes = new Map<string, Promise<number>>();
    const started: { url: string; at: number }[] = [];
    // Requests from Pagefind's web worker are reported here too (resource timing would miss them).
    page.on('request', (request) => started.push({ url: request.url(), at: Date.now() }));
    page.on('response', (response) => {
      sizes.set(
        response.url(),
        (async () => {
          const body = (await response.body().catch(() => undefined)) ?? Buffer.alloc(0);
          return TEXT.test(response.headers()['content-type'] ?? '') ? gzipSync(body).length : body.length;
        })(),
      );
    });
    const url = `http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`;
    await page.goto(url);
    await page.locator('#search-results a.result-link').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // What was requested before the search page marked its results as shown (the filters come after).
    const shownAt = await page.evaluate(
      () => performance.timeOrigin + performance.getEntriesByName('kb:results')[0]!.startTime,
    );
    const bytesOf = async (urls: string[]) =>
      (await Promise.all(urls.map((u) => sizes.get(u) ?? 0))).reduce((a, b) => a + b, 0);
    const first = [...new Set(started.filter((r) => r.at <= shownAt).map((r) => r.url))];
    return {
      total: await bytesOf(first),
      pagefind: await bytesOf(first.filter((u) => u.includes('/pagefind/'))),
      all: await bytesOf([...sizes.keys()]),
      requests: first.length,
    };
  } finally {
    await browser?.close();
    await server.stop();
  }
}
