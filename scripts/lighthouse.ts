/**
 * `npm run lighthouse`: Lighthouse (npm `lighthouse`, pinned) in Debian's Chromium on five pages of a built
 * dist/: the home page, an article, a country, /naps/ and /search/. Prints the four category scores per page
 * and exits non-zero when one misses its target (accessibility, best practices and SEO 100; performance 95).
 *
 * dist/ is served the way a static host sends it: text gzipped, the headers of dist/_headers (the "/*" block),
 * an address without its trailing slash redirected. Chromium is /usr/bin/chromium (or CHROMIUM_PATH): nothing
 * is downloaded. Build first (`SITE_URL=https://kb.example.org npm run build`), or give another folder:
 * `npm run lighthouse -- dist-other`; one page: `npm run lighthouse -- --only /naps/`; `--details` adds where the main thread spent its time; `--runs 5` gives each page's median score (and the range of its performance scores). Report the machine's load beside
 * the scores: performance is measured on this machine's CPU (slowed four times, as Lighthouse does). Too slow for `npm test` (about 15 s a page on two cores).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
// --details: where the main thread spent its time (the usual cause of lost performance points: Total Blocking Time).
const details = args.includes('--details');
// --runs N: Lighthouse's performance score varies from run to run on one machine; its authors advise the median of 5.
const runs = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1])) : 1;
const dist = resolve(
  root,
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only' && args[i - 1] !== '--runs') ?? 'dist',
);
const PAGES = only ? [only] : ['/', '/convention/articles/10/', '/countries/md/', '/naps/', '/search/?q=victims'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The "/*" block of dist/_headers, as name/value pairs. */
function siteHeaders(): [string, string][] {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.indexOf('/*');
  const out: [string, string][] = [];
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line)) break;
    const at = line.indexOf(':');
    out.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return start < 0 ? [] : out;
}

function serve(port: number): Promise<Server> {
  const headers = siteHeaders();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(dist, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    for (const [name, value] of headers) res.setHeader(name, value);
    res.setHeader('Content-Type', type);
    // Bundled assets have hashed names; static hosts let them be cached for long.
    res.setHeader(
      'Cache-Control',
      path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    );
    if (
      /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
      /gzip/.test(String(req.headers['accept-encoding']))
    ) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.writeHead(found ? 200 : 404).end(body);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run SITE_URL=https://kb.example.org npm run build first.`);
  process.exit(2);
}
const port = 4397;
const server = await serve(port);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
let failed = false;
try {
  const rows: string[][] = [['page', ...CATEGORIES]];
  for (const path of PAGES) {
    const measured: number[][] = [];
    let lhr;
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const runLhr = result?.lhr;
      if (!runLhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      // A run Lighthouse could not complete scores nothing: it is reported and left out of the median.
      if (runLhr.runtimeError) {
        console.log(
          `  ${path}, run ${run + 1}: Lighthouse could not measure the page (${runLhr.runtimeError.code}: ${runLhr.runtimeError.message})`,
        );
        continue;
      }
      lhr = runLhr;
      measured.push(CATEGORIES.map((c) => Math.round((runLhr.categories[c]?.score ?? 0) * 100)));
    }
    if (!lhr) {
      failed = true;
      rows.push([path, ...CATEGORIES.map(() => 'not measured')]);
      continue;
    }
    if (details) {
      const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'cumulative-layout-shift'];
      console.log(
        `  ${path} metrics: ${metrics.map((id) => `${id} ${lhr!.audits[id]?.displayValue ?? '?'}`).join(', ')}`,
      );
      for (const id of ['mainthread-work-breakdown', 'long-tasks', 'bootup-time', 'dom-size', 'total-blocking-time']) {
        const audit = lhr.audits[id];
        if (!audit) continue;
        console.log(`  ${path} ${id}: ${audit.displayValue ?? ''}`);
        const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        for (const item of items.slice(0, 8)) console.log(`    ${JSON.stringify(item).slice(0, 200)}`);
      }
    }
    // The median of the runs per category; with several runs, the performance range beside it.
    const scores = CATEGORIES.map(
      (_, i) => measured.map((m) => m[i]!).sort((a, b) => a - b)[Math.floor(measured.length / 2)]!,
    );
    const range = (i: number) => {
      const all = measured.map((m) => m[i]!);
      return measured.length > 1 ? ` (${Math.min(...all)}–${Math.max(...all)})` : '';
    };
    rows.push([path, ...scores.map((score, i) => `${score}${i === 0 ? range(i) : ''}`)]);
    CATEGORIES.forEach((c, i) => {
      if (scores[i]! < TARGET[c]) failed = true;
    });
    // What cost points in the last run: every audit that did not pass, by category.
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
        console.log(
          `  ${path} ${c}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`,
        );
      }
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    console.log(r.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '));
  console.log(
    `load average while measuring: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')} (performance suffers under load)`,
  );
  console.log(`targets: performance ≥ ${TARGET.performance}, accessibility, best practices and SEO ${TARGET.seo}`);
} finally {
  chrome.kill();
  server.close();
}
process.exit(failed ? 1 : 0);
