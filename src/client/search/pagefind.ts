/**
 * Pagefind, loaded at run time from the deployed site (its address rides on #search-results, see search.astro),
 * with our ranking: instrument and theme titles weigh most, the result-line metadata not at all. A result that
 * only such unweighted metadata matched (score 0) is dropped. A quoted phrase keeps Pagefind's phrase matches,
 * ordered by the ranking of the same words unquoted (Pagefind ranks phrase matches all alike).
 */
import { META_WEIGHTS } from '../../lib/search/facets-names.ts';
import { hasPhrase, straightQuotes, withoutQuotes } from '../../lib/search/query.ts';
import { links } from './links.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
export interface Result {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
export type Counts = Record<string, Record<string, number>>;
export interface SearchResponse {
  results: Result[];
  filters: Counts;
}
export type Options = Record<string, unknown>;
interface Pagefind {
  options: (o: Options) => Promise<void>;
  filters: () => Promise<Counts>;
  search: (q: string | null, o?: Options) => Promise<SearchResponse>;
}

let pagefindPromise: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  // An inline loader script would need a CSP exception; the address comes from the page instead (search.astro).
  pagefindPromise ??= (import(/* @vite-ignore */ links.pagefind()) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: links.base(), excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } });
    return pf;
  });
  return pagefindPromise;
}

/** Pagefind's search for the reader's query, as described above. */
export async function searchText(pf: Pagefind, query: string, options: Options): Promise<SearchResponse> {
  const q = straightQuotes(query);
  if (!q) return pf.search(null, options);
  const response = await pf.search(q, options);
  let results = response.results.filter((r) => r.score > 0 || Boolean(options['sort']));
  if (hasPhrase(q) && !options['sort']) {
    const ranked = await pf.search(withoutQuotes(q), options);
    const rank = new Map(ranked.results.map((r, i) => [r.id, i]));
    results = [...results].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  }
  return { ...response, results };
}

let words: Promise<string[]> | undefined;
/** The site's vocabulary for "Did you mean" (/search/words.json), fetched once and only when needed. */
export function loadWords(): Promise<string[]> {
  words ??= fetch(links.words()).then(
    (r) => (r.ok ? (r.json() as Promise<string[]>) : []),
    () => [],
  );
  return words;
}
