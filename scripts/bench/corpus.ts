/**
 * A synthetic corpus of realistic size for the benchmark: the real data files, the 47 articles, and
 * generated commitments, NAPs, practices and press releases with bodies of a few kilobytes.
 * Deterministic (seeded), so runs are comparable. Records are .md or .mdx as asked.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { MONITORED_THEMES } from '../../src/schemas/naps.ts';

const WORDS =
  'trafficking victims assistance identification protection prosecution prevention co-ordination rapporteur labour exploitation supply chains procurement inspection referral mechanism shelter compensation recovery reflection period residence permit return reintegration child guardian interpreter training prosecutors judges police border document financial investigation confiscation proceeds demand awareness research data evaluation indicators budget civil society partnership monitoring report recommendation'.split(
    ' ',
  );

function rng(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Text has a Zipf-shaped vocabulary, as real text does: 30,000 pseudo-words plus the domain words,
 * which sit at moderately common ranks (100 to 700). A tiny vocabulary would put every query word on
 * every page and make the search index and its per-query downloads unrealistically large.
 */
function vocabulary(rand: () => number) {
  const syllables = [
    'ka',
    'ro',
    'mi',
    'te',
    'su',
    'na',
    'lo',
    'vi',
    'de',
    'pa',
    'ri',
    'go',
    'fe',
    'bu',
    'sa',
    'ti',
    'ne',
    'mo',
    'la',
    'ze',
  ];
  const words = new Set<string>();
  while (words.size < 30_000) {
    const n = 2 + Math.floor(rand() * 3);
    words.add(Array.from({ length: n }, () => syllables[Math.floor(rand() * syllables.length)]).join(''));
  }
  const list = [...words];
  WORDS.forEach((w, i) => list.splice(100 + i * 10, 0, w));
  let total = 0;
  const cdf = list.map((_, i) => (total += 1 / (i + 1) ** 1.07));
  return () => {
    const x = rand() * total;
    let lo = 0,
      hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
}

export function generateCorpus(dir: string, total: number, format: 'md' | 'mdx', realContent: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(realContent, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(realContent, 'convention'), join(dir, 'convention'), { recursive: true });
  const rand = rng(total * 7 + (format === 'mdx' ? 1 : 0));
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const word = vocabulary(rand);
  const sentence = (n = 14) => {
    const w = Array.from({ length: n }, () => word());
    return `${w[0]!.charAt(0).toUpperCase()}${w.join(' ').slice(1)}.`;
  };
  const paragraph = (n = 5) => Array.from({ length: n }, () => sentence(10 + Math.floor(rand() * 10))).join(' ');
  const countries = Object.keys(parse(readFileSync(join(dir, 'data/countries.yaml'), 'utf8')));
  // Every country gets a plan in the corpus, so none may say why it has none (napGap).
  const countriesDoc = parseDocument(readFileSync(join(dir, 'data/countries.yaml'), 'utf8'));
  for (const id of countries) countriesDoc.deleteIn([id, 'napGap']);
  writeFileSync(join(dir, 'data/countries.yaml'), countriesDoc.toString({ lineWidth: 0 }));
  const themes = Object.keys(parse(readFileSync(join(dir, 'data/themes.yaml'), 'utf8')));
  const articles = Array.from({ length: 47 }, (_, i) => `article-${String(i + 1).padStart(2, '0')}`);
  const yamlList = (xs: string[]) => `[${xs.join(', ')}]`;
  const source =
    'sources:\n  - { publisher: Synthetic, title: "Synthetic source", url: "https://example.org/source" }\nverification: { status: unverified, checked: "2026-11-29", note: "Synthetic benchmark record." }';
  const body = () => {
    const parts = [
      `## What it does\n\n${paragraph(6)}`,
      `## Who says it works\n\n${paragraph(3)}`,
      `## How it works\n\n${paragraph(5)}\n\n- ${sentence()}\n- ${sentence()}\n- ${sentence()}`,
      `## Results\n\n| Year | Cases | Note |\n| --- | --- | --- |\n| 2021 | ${Math.floor(rand() * 200)} | ${sentence(5)} |\n| 2022 | ${Math.floor(rand() * 200)} | ${sentence(5)} |\n\n${paragraph(4)}[^1]`,
      `## Gaps\n\n${paragraph(5)}`,
      `[^1]: ${sentence(8)}`,
    ];
    if (format === 'mdx') parts.splice(1, 0, `<Callout kind="note">${sentence()}</Callout>`);
    return parts.join('\n\n');
  };
  const share = { commitments: 0.15, naps: 0.3, practices: 0.3, press: 0.25 };
  const counts = Object.fromEntries(Object.entries(share).map(([k, v]) => [k, Math.round((total - 47) * v)])) as Record<
    keyof typeof share,
    number
  >;
  const write = (collection: string, id: string, front: string) => {
    mkdirSync(join(dir, collection), { recursive: true });
    writeFileSync(join(dir, collection, `${id}.${format}`), `---\n${front}\n${source}\n---\n${body()}\n`);
  };
  for (let i = 0; i < counts.commitments; i++) {
    const provisions = Array.from(
      { length: 6 },
      (_, p) =>
        `  - { ref: "${p + 1}", summary: "${sentence(18)}", themes: ${yamlList(some(themes, 2))}, articles: ${yamlList(some(articles, 2).map((a) => `{ article: ${a}, basis: own-reading }`))} }`,
    ).join('\n');
    write(
      'commitments',
      `syn-dec-${i + 1}`,
      `symbol: SYN.DEC/${i + 1}\ntitle: "${sentence(8)}"\nbody: ministerial-council\nkind: decision\nadopted: "${2000 + (i % 25)}-12"\nsummary: "${sentence(20)}"\nthemes: ${yamlList(some(themes, 3))}\nprovisions:\n${provisions}`,
    );
  }
  for (let i = 0; i < counts.naps; i++) {
    const country = countries[i % countries.length]!;
    const from = 2000 + Math.floor(i / countries.length);
    const coverage = MONITORED_THEMES.map(
      (t) =>
        `  - { theme: ${t}, status: ${pick(['addressed', 'partly', 'not-addressed', 'unknown'])}, note: "${sentence(8)}" }`,
    ).join('\n');
    write(
      'naps',
      `${country}-${from}-${from + 3}`,
      `country: ${country}\ntitle: "${sentence(7)}"\nperiod: { from: ${from}, to: ${from + 3} }\ncoordinator: "${sentence(5)}"\nrapporteur: { exists: yes, independent: unknown }\nbudget: { dedicated: partial, amount: "EUR ${Math.floor(rand() * 10)} million" }\nmonitoring: { framework: yes, indicators: no, evaluationPublished: unknown }\nvictimSupportUnconditional: partly\ncoverage:\n${coverage}\nsummary: "${sentence(25)}"`,
    );
  }
  for (let i = 0; i < counts.practices; i++) {
    write(
      'practices',
      `synthetic-practice-${i + 1}`,
      `title: "${sentence(8)}"\nsummary: "${sentence(25)}"\ncountries: ${yamlList(some(countries, 2))}\nthemes: ${yamlList([...new Set([...some(themes, 3), 'prevention', 'protection'])].slice(0, 3))}\nscope: national\nactors: [{ name: "${sentence(4)}", kind: ${pick(['government', 'ngo', 'labour-inspectorate', 'police'])} }]\nstatus: ongoing\nperiod: { from: 2018 }\narticles: ${yamlList(some(articles, 2))}`,
    );
  }
  for (let i = 0; i < counts.press; i++) {
    const date = `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    write(
      'press',
      `${date}-synthetic-${i + 1}`,
      `title: "${sentence(9)}"\ndate: "${date}"\norganisations: [osce]\ncountries: ${yamlList(some(countries, 2))}\nthemes: ${yamlList(some(themes, 3))}\narticles: ${yamlList(some(articles, 2))}\npeople: []\nurl: https://example.org/press/${i + 1}\nsummary: "${sentence(25)}"`,
    );
  }
  return { records: 47 + Object.values(counts).reduce((a, b) => a + b, 0) };
}
