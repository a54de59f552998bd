/**
 * `npm run bench`: builds synthetic corpora and reports, per size and body format (.md/.mdx):
 *  - the project's cold build: time, the time of each phase (content check, content sync, Vite, page generation,
 *    Pagefind, the other end-of-build steps) and peak memory, from marks the build writes to KB_PHASES_FILE
 *    (src/integrations/build-phases.ts), plus pages, HTML per page, JavaScript per content page, index size and
 *    search bytes;
 *  - the bare baseline of the same run (scripts/bench/bare: the same corpus, plain Astro, Pagefind on the output)
 *    and `project ÷ bare`, both measured under the same load;
 *  - with --warm, a rebuild after a one-record change: with both caches warm (Astro's content store and the
 *    linter's), and with Astro's store only (the linter's cache removed), as ratios of the cold build;
 *  - with --pagefind-cost, the time and size of a Pagefind index of the built pages as they are against a plain
 *    index of the same pages (no filters, metadata, sort keys or weights).
 * Times are medians of --runs builds (default 3); cold means both caches removed before each build.
 * Options: --sizes 1000,5000 --formats md,mdx --runs 3 --no-bare --warm --pagefind-cost --no-search --queries "a;b"
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';
import { phasesOf, type PhaseTimes } from './bench/phases.ts';
import { pagefindCost, type PagefindCost } from './bench/pagefind-cost.ts';
import { searchBytes } from './bench/search-bytes.ts';

const root = resolve(import.meta.dirname, '..');
const bareRoot = join(root, 'scripts/bench/bare');
const out = join(root, 'bench-out');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    formats: { type: 'string', default: 'md,mdx' },
    runs: { type: 'string', default: '3' },
    // A symbol the synthetic corpus has: it replaces the real commitments with SYN.DEC/1, SYN.DEC/2, …
    queries: { type: 'string', default: 'labour exploitation;supply chains;SYN.DEC/6' },
    'no-bare': { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    'pagefind-cost': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const formats = values.formats.split(',') as ('md' | 'mdx')[];
const runs = Number(values.runs);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}
const bytes = (dir: string) => files(dir).reduce((n, f) => n + statSync(f).size, 0);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

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

interface Build {
  seconds: number;
  rss: number;
  phases?: PhaseTimes | undefined;
  loadBefore: string;
  /** Files Astro generated, and how many of them an incremental build copied from the last build (its log says). */
  files?: { generated: number; reused: number } | undefined;
}

/** One `astro build` of `projectRoot`, timed from outside, with its peak memory and (for the project) its phases. */
function build(projectRoot: string, env: Record<string, string>, label: string): Build {
  const rssFile = join(out, 'rss.txt');
  const phasesFile = join(out, 'phases.json');
  rmSync(phasesFile, { force: true });
  // Every build starts with the disks flushed: the files the last build wrote or removed are not written back
  // during this one, which would charge one build for another's output.
  spawnSync('sync');
  const loadBefore = load();
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    ['--import', join(root, 'scripts/bench/rss-probe.mjs'), join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: {
        ...process.env,
        SITE_URL: process.env.SITE_URL ?? 'https://kb.example.org',
        KB_BENCH_RSS_FILE: rssFile,
        KB_PHASES_FILE: phasesFile,
        ...env,
      },
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
  const rss = Number(readFileSync(rssFile, 'utf8'));
  const phases = existsSync(phasesFile) ? phasesOf(JSON.parse(readFileSync(phasesFile, 'utf8'))) : undefined;
  const generated = /(\d+) files generated(?:, (\d+) of them reused)?/.exec(result.stdout + result.stderr);
  const files = generated ? { generated: Number(generated[1]), reused: Number(generated[2] ?? 0) } : undefined;
  console.error(
    `  ${label}: ${seconds.toFixed(1)} s, ${(rss / 2 ** 30).toFixed(2)} GiB (load ${loadBefore})${files ? `, ${files.reused}/${files.generated} files reused` : ''}`,
  );
  return { seconds, rss, phases, loadBefore, files };
}

/** The bare baseline: plain Astro on the same corpus, then Pagefind's CLI on its output. */
function bareBuild(corpus: string, format: string, dist: string, cache: string, label: string): Build {
  rmSync(cache, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  const astro = build(
    bareRoot,
    { KB_CONTENT_DIR: corpus, KB_OUT_DIR: dist, KB_CACHE_DIR: cache, KB_BARE_MDX: format === 'mdx' ? '1' : '0' },
    `${label} (astro)`,
  );
  const start = process.hrtime.bigint();
  const pf = spawnSync(process.execPath, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (pf.status !== 0) throw new Error(`Pagefind on the bare site failed:\n${pf.stdout}\n${pf.stderr}`);
  const pagefind = Number(process.hrtime.bigint() - start) / 1e9;
  console.error(`  ${label} (pagefind): ${pagefind.toFixed(1)} s`);
  return {
    ...astro,
    seconds: astro.seconds + pagefind,
    phases: { total: astro.seconds + pagefind, pagefind } as PhaseTimes,
  };
}

/** Changes one record the way an editor would: a sentence more in the body of one practice. */
function editOneRecord(corpus: string, n: number) {
  const dir = join(corpus, 'practices');
  const file = join(dir, readdirSync(dir).sort()[0]!);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne more sentence, edit number ${n}.\n`);
}

interface Row {
  size: number;
  format: string;
  records: number;
  pages: number;
  cold: Build[];
  bare: Build[];
  warm: Build[];
  warmAstroOnly: Build[];
  htmlPerPage: number;
  jsPerContentPage: number;
  pagefind: number;
  cost?: PagefindCost;
  search: ({ query: string } & ({ total: number; pagefind: number; all: number } | { failed: string }))[];
}
const rows: Row[] = [];
const started = new Date();
for (const size of sizes) {
  for (const format of formats) {
    const corpus = join(out, `corpus-${size}-${format}`);
    const { records } = generateCorpus(corpus, size, format, join(root, 'content'));
    const dist = join(out, `dist-${size}-${format}`);
    const cache = join(out, `cache-${size}-${format}`);
    const env = { KB_CONTENT_DIR: corpus, KB_OUT_DIR: dist, KB_CACHE_DIR: cache };
    const row: Row = {
      size,
      format,
      records,
      pages: 0,
      cold: [],
      bare: [],
      warm: [],
      warmAstroOnly: [],
      htmlPerPage: 0,
      jsPerContentPage: 0,
      pagefind: 0,
      search: [],
    };
    for (let run = 0; run < runs; run++) {
      // Project and bare alternate, so both see the same load.
      rmSync(cache, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
      row.cold.push(build(root, env, `${size} .${format} project, cold, run ${run + 1}/${runs}`));
      if (values.warm) {
        editOneRecord(corpus, 2 * run);
        row.warm.push(build(root, env, `${size} .${format} project, warm (both caches), run ${run + 1}/${runs}`));
        editOneRecord(corpus, 2 * run + 1);
        rmSync(join(cache, 'kb-content-check'), { recursive: true, force: true });
        row.warmAstroOnly.push(
          build(root, env, `${size} .${format} project, warm (Astro's cache only), run ${run + 1}/${runs}`),
        );
      }
      if (!values['no-bare'])
        row.bare.push(
          bareBuild(
            corpus,
            format,
            join(out, `dist-bare-${size}-${format}`),
            join(out, `cache-bare-${size}-${format}`),
            `${size} .${format} bare, run ${run + 1}/${runs}`,
          ),
        );
    }
    const html = files(dist).filter((f) => f.endsWith('.html') && !f.includes(`${join(dist, 'pagefind')}`));
    const contentPage = readdirSync(join(dist, 'practices')).find((d) =>
      existsSync(join(dist, 'practices', d, 'index.html')),
    )!;
    row.pages = html.length;
    row.htmlPerPage = html.reduce((n, f) => n + statSync(f).size, 0) / html.length;
    row.jsPerContentPage = jsBytesOf(dist, join('practices', contentPage, 'index.html'));
    row.pagefind = bytes(join(dist, 'pagefind'));
    if (values['pagefind-cost']) row.cost = await pagefindCost(dist, join(out, 'pagefind-cost'));
    if (!values['no-search'])
      for (const query of values.queries.split(';'))
        row.search.push({ query, ...(await searchBytesOrWhy(dist, query)) });
    rows.push(row);
  }
}

/**
 * One search measurement, tried twice on two ports: once in a long run the first results did not appear within
 * 30 s under `astro preview`, while the same measurement alone worked; a failure is reported, not allowed to lose
 * the builds' figures.
 */
async function searchBytesOrWhy(dist: string, query: string) {
  const attempt = (port: number) =>
    searchBytes(root, dist, query, port).catch((error: unknown) => {
      const why = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
      console.log(`  search bytes for "${query}" on port ${port}: ${why}`);
      return { failed: why };
    });
  const first = await attempt(4396);
  return 'failed' in first ? attempt(4395) : first;
}

/**
 * project ÷ bare of each run: a cold project build and the bare build right after it share the machine's load, which
 * drifts over a benchmark (the bare build alone has taken 22 to 58 s at 5k in one day), so the ratio reported is the
 * median of these pairs, not the ratio of two medians.
 */
const pairedRatios = (r: Row) => r.bare.map((b, i) => r.cold[i]!.seconds / b.seconds);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gib = (n: number) => `${(n / 2 ** 30).toFixed(2)} GiB`;
const s = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(1)} s`);
const med = (builds: Build[], f: (b: Build) => number | undefined) => {
  const xs = builds.map(f).filter((x): x is number => x !== undefined);
  return xs.length ? median(xs) : undefined;
};
console.log(
  `\nMedians of ${runs} build(s) on ${process.platform} ${process.arch}, Node ${process.version}; started ${started.toISOString()}, load average (1, 5, 15 min) at the end: ${load()}\n`,
);
console.log(
  'Cold builds (both caches removed). Phases: see docs/performance.md; the content check runs beside the others, "waited" is what the build waited for it.\n',
);
console.log(
  '| records | body | pages | build time | pages/s | peak memory | check (waited) | sync | Vite | pages | Pagefind | other end steps | bare | project ÷ bare |',
);
console.log('|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const t = med(r.cold, (b) => b.seconds)!;
  const bare = med(r.bare, (b) => b.seconds);
  const p = (f: (x: PhaseTimes) => number) => med(r.cold, (b) => (b.phases ? f(b.phases) : undefined));
  console.log(
    `| ${r.records} | .${r.format} | ${r.pages} | ${s(t)} | ${(r.pages / t).toFixed(0)} | ${gib(med(r.cold, (b) => b.rss)!)} | ${s(p((x) => x.check))} (${s(p((x) => x.checkWaited))}) | ${s(p((x) => x.sync))} | ${s(p((x) => x.vite))} | ${s(p((x) => x.pages))} | ${s(p((x) => x.pagefind))} | ${s(p((x) => x.endSteps))} | ${s(bare)} | ${bare ? `${median(pairedRatios(r)).toFixed(2)}×` : '–'} |`,
  );
}
if (rows.some((r) => r.bare.length)) {
  console.log('\nBare baseline: plain Astro build and Pagefind CLI on its output, same corpus, same run.\n');
  console.log(
    '| records | body | astro build | Pagefind | total | peak memory (astro) | project ÷ bare, each run (project s / bare s) |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---|');
  for (const r of rows)
    if (r.bare.length)
      console.log(
        `| ${r.records} | .${r.format} | ${s(med(r.bare, (b) => b.seconds - (b.phases?.pagefind ?? 0)))} | ${s(med(r.bare, (b) => b.phases?.pagefind))} | ${s(med(r.bare, (b) => b.seconds))} | ${gib(med(r.bare, (b) => b.rss)!)} | ${pairedRatios(
          r,
        )
          .map((x, i) => `${x.toFixed(2)} (${r.cold[i]!.seconds.toFixed(1)} / ${r.bare[i]!.seconds.toFixed(1)})`)
          .join(', ')} |`,
      );
}
if (values.warm) {
  console.log('\nRebuild after a one-record change (one sentence added to one practice).\n');
  console.log(
    '| records | body | caches | build time | ÷ cold | check (waited) | sync | Vite | pages | Pagefind | other end steps | check cache hits | files reused | load before |',
  );
  console.log('|---:|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const cold = med(r.cold, (b) => b.seconds)!;
    for (const [label, builds] of [
      ['Astro + linter', r.warm],
      ['Astro only', r.warmAstroOnly],
    ] as const) {
      const t = med(builds, (b) => b.seconds)!;
      const p = (f: (x: PhaseTimes) => number) => med(builds, (b) => (b.phases ? f(b.phases) : undefined));
      console.log(
        `| ${r.records} | .${r.format} | ${label} | ${s(t)} | ${(t / cold).toFixed(2)} | ${s(p((x) => x.check))} (${s(p((x) => x.checkWaited))}) | ${s(p((x) => x.sync))} | ${s(p((x) => x.vite))} | ${s(p((x) => x.pages))} | ${s(p((x) => x.pagefind))} | ${s(p((x) => x.endSteps))} | ${builds.at(-1)?.phases?.cacheHits ?? '–'} | ${builds.at(-1)?.files ? `${builds.at(-1)!.files!.reused}/${builds.at(-1)!.files!.generated}` : '–'} | ${builds.at(-1)?.loadBefore ?? '–'} |`,
      );
    }
  }
}
if (values['pagefind-cost']) {
  console.log(
    '\nPagefind index of the same built pages: as they are (filters, metadata, sort keys, weights) against plain.\n',
  );
  console.log('| records | body | ours: time | ours: index | plain: time | plain: index | ours ÷ plain (time) |');
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const r of rows)
    if (r.cost)
      console.log(
        `| ${r.records} | .${r.format} | ${s(r.cost.ours.seconds)} | ${(r.cost.ours.bytes / 2 ** 20).toFixed(1)} MB | ${s(r.cost.plain.seconds)} | ${(r.cost.plain.bytes / 2 ** 20).toFixed(1)} MB | ${(r.cost.ours.seconds / r.cost.plain.seconds).toFixed(2)}× |`,
      );
}
console.log('\n| records | body | HTML/page | JS/content page | Pagefind index |');
console.log('|---:|---|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.records} | .${r.format} | ${kb(r.htmlPerPage)} | ${r.jsPerContentPage} B | ${(r.pagefind / 2 ** 20).toFixed(1)} MB |`,
  );
if (rows.some((r) => r.search.length)) {
  console.log(
    '\nSearch: bytes a cold browser fetches to show the first results (text gzipped as a static host sends it; the filters load after).\n',
  );
  console.log('| records | body | query | to first results | of which Pagefind | with the filters loaded |');
  console.log('|---:|---|---|---:|---:|---:|');
  for (const r of rows)
    for (const q of r.search)
      console.log(
        'failed' in q
          ? `| ${r.records} | .${r.format} | ${q.query} | not measured: ${q.failed} | | |`
          : `| ${r.records} | .${r.format} | ${q.query} | ${kb(q.total)} | ${kb(q.pagefind)} | ${kb(q.all)} |`,
      );
}
for (const size of sizes) {
  const md = rows.find((r) => r.size === size && r.format === 'md');
  const mdx = rows.find((r) => r.size === size && r.format === 'mdx');
  if (md && mdx)
    console.log(
      `\n${size} records: .mdx/.md build time ${(med(mdx.cold, (b) => b.seconds)! / med(md.cold, (b) => b.seconds)!).toFixed(2)}x, peak memory ${(med(mdx.cold, (b) => b.rss)! / med(md.cold, (b) => b.rss)!).toFixed(2)}x`,
    );
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'bench.json'), JSON.stringify({ started, runs, rows }, null, 1));
