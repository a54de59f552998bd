/**
 * `npm run bench`: builds synthetic corpora (1k and 5k records, .md and .mdx bodies) and prints build time,
 * pages per second, peak memory, HTML bytes per page, JavaScript bytes per content page and Pagefind index size.
 * Medians of --runs cold builds (default 3). Options: --sizes 1000,5000 --formats md,mdx --runs 3
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';
import { searchBytes } from './bench/search-bytes.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench-out');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,5000' }, formats: { type: 'string', default: 'md,mdx' }, runs: { type: 'string', default: '3' }, queries: { type: 'string', default: 'labour exploitation;supply chains;MC.DEC/6/17' } } });
const sizes = values.sizes.split(',').map(Number);
const formats = values.formats.split(',') as ('md' | 'mdx')[];
const runs = Number(values.runs);

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}
const bytes = (dir: string) => files(dir).reduce((n, f) => n + statSync(f).size, 0);

/** JavaScript a content page makes the browser load: inline scripts plus every script it references. */
function jsBytesOf(dist: string, page: string): number {
  const html = readFileSync(join(dist, page), 'utf8');
  let total = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
    total += src ? statSync(join(dist, src)).size : Buffer.byteLength(m[2] ?? '');
  }
  return total;
}

interface Row { size: number; format: string; records: number; pages: number; seconds: number; rss: number; htmlPerPage: number; jsPerContentPage: number; pagefind: number; search: { query: string; total: number; pagefind: number; all: number }[] }
const rows: Row[] = [];
for (const size of sizes) {
  for (const format of formats) {
    const corpus = join(out, `corpus-${size}-${format}`);
    const { records } = generateCorpus(corpus, size, format, join(root, 'content'));
    const times: number[] = [];
    const rss: number[] = [];
    const dist = join(out, `dist-${size}-${format}`);
    for (let run = 0; run < runs; run++) {
      const cache = join(out, `cache-${size}-${format}`);
      rmSync(cache, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
      const rssFile = join(out, 'rss.txt');
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ['--import', join(root, 'scripts/bench/rss-probe.mjs'), join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { ...process.env, SITE_URL: process.env.SITE_URL ?? 'https://kb.example.org', KB_CONTENT_DIR: corpus, KB_OUT_DIR: dist, KB_CACHE_DIR: cache, KB_BENCH_RSS_FILE: rssFile },
      });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (result.status !== 0) throw new Error(`Build of ${size} ${format} failed:\n${result.stdout}\n${result.stderr}`);
      times.push(seconds);
      rss.push(Number(readFileSync(rssFile, 'utf8')));
      console.error(`  ${size} .${format} run ${run + 1}/${runs}: ${seconds.toFixed(1)} s, ${(rss.at(-1)! / 2 ** 30).toFixed(2)} GiB`);
    }
    const html = files(dist).filter((f) => f.endsWith('.html') && !f.includes(`${join(dist, 'pagefind')}`));
    const contentPage = readdirSync(join(dist, 'practices')).find((d) => existsSync(join(dist, 'practices', d, 'index.html')))!;
    const search = [];
    for (const query of values.queries.split(';')) search.push({ query, ...(await searchBytes(root, dist, query)) });
    rows.push({
      size, format, records, pages: html.length, seconds: median(times), rss: median(rss),
      htmlPerPage: html.reduce((n, f) => n + statSync(f).size, 0) / html.length,
      jsPerContentPage: jsBytesOf(dist, join('practices', contentPage, 'index.html')),
      pagefind: bytes(join(dist, 'pagefind')),
      search,
    });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nMedians of ${runs} cold build(s) on ${process.platform} ${process.arch}, Node ${process.version}\n`);
console.log('| records | body | pages | build time | pages/s | peak memory | HTML/page | JS/content page | Pagefind index |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.records} | .${r.format} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${(r.pages / r.seconds).toFixed(0)} | ${(r.rss / 2 ** 30).toFixed(2)} GiB | ${kb(r.htmlPerPage)} | ${r.jsPerContentPage} B | ${(r.pagefind / 2 ** 20).toFixed(1)} MB |`);
}
console.log('\nSearch: bytes a cold browser fetches to show the first results (text gzipped as a static host sends it; the filters load after).\n');
console.log('| records | body | query | to first results | of which Pagefind | with the filters loaded |');
console.log('|---:|---|---|---:|---:|---:|');
for (const r of rows) for (const q of r.search) console.log(`| ${r.records} | .${r.format} | ${q.query} | ${kb(q.total)} | ${kb(q.pagefind)} | ${kb(q.all)} |`);
for (const size of sizes) {
  const md = rows.find((r) => r.size === size && r.format === 'md');
  const mdx = rows.find((r) => r.size === size && r.format === 'mdx');
  if (md && mdx) console.log(`\n${size} records: .mdx/.md build time ${(mdx.seconds / md.seconds).toFixed(2)}x, peak memory ${(mdx.rss / md.rss).toFixed(2)}x`);
}
