/** The search page's state and its URL: /search/?q=…&type=…&country=…&theme=…&organisation=…&year=…&sort=… */
import { FILTERS, type FilterName } from './facets-names.ts';

export type Sort = 'relevance' | 'newest' | 'oldest';
export interface SearchState {
  q: string;
  sort: Sort;
  /** Chosen values per filter: OR inside a filter, AND across filters. */
  filters: Record<FilterName, string[]>;
}

const SORTS: readonly Sort[] = ['relevance', 'newest', 'oldest'];

export function emptyFilters(): Record<FilterName, string[]> {
  return Object.fromEntries(FILTERS.map((f) => [f, []])) as unknown as Record<FilterName, string[]>;
}

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const f of FILTERS) filters[f] = [...new Set(params.getAll(f).filter(Boolean))];
  const sort = params.get('sort') as Sort | null;
  return { q: (params.get('q') ?? '').trim(), sort: sort && SORTS.includes(sort) ? sort : 'relevance', filters };
}

export function serialiseState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FILTERS) for (const v of state.filters[f]) params.append(f, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's search options: `any` makes the values of one filter combine with OR. */
export function pagefindOptions(state: SearchState, extra: Record<string, string> = {}) {
  const filters: Record<string, { any: string[] } | string> = { ...extra };
  for (const f of FILTERS) if (state.filters[f].length) filters[f] = { any: state.filters[f] };
  return {
    filters,
    ...(state.sort === 'relevance' ? {} : { sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } }),
  };
}

export function hasFilters(state: SearchState): boolean {
  return FILTERS.some((f) => state.filters[f].length > 0);
}
