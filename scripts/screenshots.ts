// `npm run screenshots -- [folder] [--url http://host/base/] [--dist dist] [--widths 375,768,1280] [--only home,article] [--first-screen]`
// Saves a PNG of every template (one address per kind of page) at each width, light and dark, from Debian's
// Chromium through playwright-core. It builds nothing: it serves an existing build (dist/ by default, or
// KB_OUT_DIR) on a free local port, or photographs the site at --url. Default folder: screenshots/ (git-ignored).
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    dist: { type: 'string', default: process.env.KB_OUT_DIR ?? 'dist' },
    widths: { type: 'string', default: '375,768,1280' },
    only: { type: 'string' },
    'first-screen': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(
    'Usage: npm run screenshots -- [folder] [--url URL] [--dist DIR] [--widths 375,768,1280] [--only home,article,...] [--first-screen]',
  );
  process.exit(0);
}
const outDir = resolve(positionals[0] ?? join(root, 'screenshots'));
const dist = resolve(root, values.dist);
const widths = values.widths
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

/** The first built record of a collection, preferring a known, well-filled one. */
function pick(dir: string, preferred: string[]): string | undefined {
  const full = join(dist, dir);
  if (!existsSync(full)) return preferred[0];
  const ids = readdirSync(full)
    .filter((f) => statSync(join(full, f)).isDirectory())
    .sort();
  return preferred.find((p) => ids.includes(p)) ?? ids[0];
}

function templates(): [string, string][] {
  const useDist = !values.url;
  const id = (dir: string, preferred: string[]) => (useDist ? pick(dir, preferred) : preferred[0]);
  const list: [string, string | undefined][] = [
    ['home', ''],
    ['about', 'about/'],
    ['contribute', 'contribute/'],
    ['convention', 'convention/'],
    ['article', `convention/articles/${id('convention/articles', ['10'])}/`],
    ['chapter', `convention/chapters/${id('convention/chapters', ['iii'])}/`],
    ['commitments', 'commitments/'],
    ['commitment', `commitments/${id('commitments', ['pc-dec-557'])}/`],
    ['countries', 'countries/'],
    ['country', `countries/${id('countries', ['md'])}/`],
    ['naps', 'naps/'],
    ['nap', `naps/${id('naps', ['ie-2023-2027'])}/`],
    ['practices', 'practices/'],
    ['practice', `practices/${id('practices', [])}/`],
    ['press', 'press/'],
    ['press-release', `press/${id('press', [])}/`],
    ['themes', 'themes/'],
    ['theme', `themes/${id('themes', ['supply-chains'])}/`],
    ['organisations', 'organisations/'],
    ['organisation', `organisations/${id('organisations', ['osce'])}/`],
    ['people', 'people/'],
    ['person', `people/${id('people', [])}/`],
    ['search', 'search/?q=forced+labour'],
    // A symbol query: its match is looked up and shown first (ADR 0006).
    ['search-symbol', 'search/?q=MC.DEC%2F13%2F04'],
    ['monitoring', 'monitoring/'],
    ['compare', 'compare/'],
    ['compare-pair', `compare/${id('compare', ['md-ua'])}/`],
    ['crosswalk', 'crosswalk/'],
    ['data', 'data/'],
    ['404', 'this-page-does-not-exist/'],
  ];
  const only = values.only?.split(',');
  return list.filter(
    (t): t is [string, string] => t[1] !== undefined && !t[1].includes('undefined') && (!only || only.includes(t[0])),
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
};

/** A small static server for dist/: directories answer with their index.html, unknown paths with 404.html. */
function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dist, path);
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dist, '404.html');
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

let server: Server | undefined;
let base: string;
if (values.url) base = values.url.endsWith('/') ? values.url : `${values.url}/`;
else {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No build in ${dist}: run SITE_URL=https://… npm run build first (or pass --url).`);
    process.exit(1);
  }
  ({ server, base } = await serve());
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'kb-shots-'))}`,
  ].filter((a) => !a.startsWith('--user-data-dir')),
});
let count = 0;
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of widths) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 812 : width < 1000 ? 1024 : 900 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      for (const [name, path] of templates()) {
        await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
        // The search page draws its results after loading its index: wait for them (or give up after 10 s).
        if (name === 'search')
          await page
            .locator('#search-results li')
            .first()
            .waitFor({ timeout: 10_000 })
            .catch(() => undefined);
        const file = join(outDir, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: !values['first-screen'] });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server?.close();
}
console.log(`${count} screenshots in ${outDir}`);
