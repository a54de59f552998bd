/**
 * The search page. Reads its state from the URL, asks Pagefind (loaded only here), and renders with DOM
 * nodes only. Exact matches on a symbol, article, country, theme or organisation come first; then Pagefind's
 * ranked results. Filters: OR inside a group, AND across groups, with live counts. State lives in the URL.
 */
import { FILTER_LABELS, FILTERS, type FilterName } from './facets-names.ts';
import { queryKey } from './keys.ts';
import { excerptParts, safeResultUrl } from './safe.ts';
import { hasFilters, pagefindOptions, parseState, serialiseState, type SearchState } from './state.ts';
import { paragraphAnchor, paths } from '../urls.ts';

interface SubResult { title: string; url: string; excerpt: string }
interface ResultData { url: string; excerpt: string; meta: Record<string, string | undefined>; sub_results?: SubResult[] }
interface SearchResponse { results: { id: string; data: () => Promise<ResultData> }[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<SearchResponse>;
}

const BASE = paths.home();
const PAGE_SIZE = 10;
const EXAMPLES = ['MC.DEC/6/17', 'Art. 26', 'non-punishment', 'supply chains', 'Moldova'];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // An inline loader script would need a CSP exception; the address comes from the page instead (search.astro).
  const url = document.getElementById('search-results')?.dataset['pagefindUrl'] ?? '';
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: BASE, excerptLength: 24 });
    return pf;
  });
  return pagefindPromise;
}

function readForm(): SearchState {
  const state = parseState('');
  state.q = $<HTMLInputElement>('search-q').value.trim();
  state.sort = $<HTMLSelectElement>('search-sort').value as SearchState['sort'];
  for (const box of document.querySelectorAll<HTMLInputElement>('#search-filters input[type=checkbox]:checked')) {
    state.filters[box.name as FilterName].push(box.value);
  }
  return state;
}

function writeForm(state: SearchState) {
  $<HTMLInputElement>('search-q').value = state.q;
  $<HTMLSelectElement>('search-sort').value = state.sort;
}

function renderFilters(state: SearchState, all: Record<string, Record<string, number>>, live: Record<string, Record<string, number>>) {
  const box = $('search-filters');
  box.replaceChildren();
  for (const name of FILTERS) {
    const values = Object.keys(all[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    if (!values.length) continue;
    const chosen = state.filters[name];
    const fieldset = el('fieldset', { className: 'facet' }, el('legend', {}, FILTER_LABELS[name]));
    const list = el('ul');
    for (const value of values) {
      const count = live[name]?.[value] ?? 0;
      const checked = chosen.includes(value);
      if (!count && !checked && values.length > 8) continue;
      const input = el('input', { type: 'checkbox', name, value, checked });
      const label = el('label', {}, input, ` ${value} `, el('span', { className: 'count' }, `(${count})`));
      list.append(el('li', {}, label));
    }
    fieldset.append(list);
    box.append(fieldset);
  }
}

function resultItem(r: ResultData, exact: boolean, paragraph?: string): HTMLLIElement | undefined {
  const url = safeResultUrl(r.url, window.location.origin, BASE);
  if (!url) return undefined;
  const href = exact && paragraph ? `${url.split('#')[0]}#${paragraphAnchor(paragraph)}` : url;
  const li = el('li', { className: exact ? 'result exact' : 'result' });
  li.append(el('h2', {}, el('a', { href, className: 'result-link' }, r.meta.title ?? url)));
  const facts = [exact ? 'Exact match' : '', r.meta.type, r.meta.citation, r.meta.date, r.meta.country].filter(Boolean).join(' · ');
  li.append(el('p', { className: 'meta' }, facts));
  const excerpt = el('p');
  for (const part of excerptParts(r.excerpt)) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  li.append(excerpt);
  const subs = (r.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
  if (subs.length) {
    const ul = el('ul', { className: 'sub-results' });
    for (const s of subs) {
      const subUrl = safeResultUrl(s.url, window.location.origin, BASE);
      if (subUrl) ul.append(el('li', {}, el('a', { href: subUrl }, s.title)));
    }
    li.append(ul);
  }
  return li;
}

function emptyState(state: SearchState) {
  const tips = el('div', { className: 'empty' });
  tips.append(el('p', {}, 'Try:'));
  const list = el('ul');
  if (hasFilters(state)) list.append(el('li', {}, el('button', { type: 'button', id: 'clear-filters' }, 'Clear the filters')));
  list.append(el('li', {}, 'fewer or other words, or a symbol or article: ', ...EXAMPLES.flatMap((q, i) => [i ? ', ' : '', el('a', { href: paths.search(q) }, q)])));
  list.append(el('li', {}, 'browsing: ', el('a', { href: paths.convention() }, 'the Convention'), ', ', el('a', { href: paths.commitments() }, 'OSCE commitments'), ', ', el('a', { href: paths.themes() }, 'themes')));
  tips.append(list);
  return tips;
}

let run = 0;
let shown = PAGE_SIZE;
async function search(state: SearchState, keepShown = false) {
  if (!keepShown) shown = PAGE_SIZE;
  const mine = ++run;
  const status = $('search-status');
  const list = $('search-results');
  if (!state.q && !hasFilters(state)) {
    list.replaceChildren();
    status.textContent = `Type a symbol (MC.DEC/6/17), an article (Art. 26), a theme or a country.`;
  } else {
    status.textContent = 'Searching…';
  }
  const pf = await loadPagefind();
  const options = pagefindOptions(state);
  const key = queryKey(state.q);
  if (!state.q && !hasFilters(state)) {
    const all = await pf.filters();
    if (mine === run) renderFilters(state, all, all);
    return;
  }
  // Results first: the filter index is fetched after they are on screen.
  const [response, exact] = await Promise.all([
    pf.search(state.q || null, options),
    key ? pf.search(null, { ...options, filters: { ...options.filters, key: key.key } }) : undefined,
  ]);
  if (mine !== run) return;
  const exactData = exact ? await Promise.all(exact.results.map((r) => r.data())) : [];
  const exactIds = new Set(exact?.results.map((r) => r.id));
  const rest = response.results.filter((r) => !exactIds.has(r.id));
  const restData = await Promise.all(rest.slice(0, shown).map((r) => r.data()));
  if (mine !== run) return;
  const items = [
    ...exactData.map((d) => resultItem(d, true, key?.paragraph)),
    ...restData.map((d) => resultItem(d, false)),
  ].filter((x): x is HTMLLIElement => Boolean(x));
  list.replaceChildren(...items);
  const total = exactData.length + rest.length;
  const what = state.q ? ` for “${state.q}”` : '';
  const filtered = hasFilters(state) ? ' with the chosen filters' : '';
  const symbolLike = /^[a-z]{2,4}\s*\.?\s*[a-z]{2,4}\s*\/\s*\d+/i.test(state.q);
  if (symbolLike && !exactData.length) {
    status.textContent = `No record has the symbol “${state.q}” yet.${total ? ` ${total} other result${total === 1 ? '' : 's'} below.` : ''}`;
    if (!total) list.replaceChildren(el('li', {}, emptyState(state)));
  } else if (total === 0) {
    status.textContent = `No results${what}${filtered}.`;
    list.replaceChildren(el('li', {}, emptyState(state)));
    $('clear-filters')?.addEventListener('click', () => { state.filters = parseState('').filters; commit(state, true); });
  } else {
    status.textContent = `${total} result${total === 1 ? '' : 's'}${what}${filtered}${total > items.length ? `; ${items.length} shown` : ''}.`;
    if (total > items.length) {
      const more = el('button', { type: 'button', className: 'more' }, 'Show more results');
      more.addEventListener('click', () => {
        const next = items.length;
        shown += PAGE_SIZE;
        void search(state, true).then(() => results()[next]?.focus());
      });
      list.append(el('li', { className: 'more-item' }, more));
    }
  }
  // Lets `npm run bench` count what it took to show the results, before the filters load.
  performance.mark('kb:results');
  const all = await pf.filters();
  const counted = await pf.search(state.q || null, options);
  if (mine === run) renderFilters(state, all, counted.filters);
}

function commit(state: SearchState, push: boolean) {
  const url = `${window.location.pathname}${serialiseState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  writeForm(state);
  void search(state);
}

function results(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.result-link')];
}

export function startSearch() {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('search-q');
  const initial = parseState(window.location.search);
  writeForm(initial);
  void search(initial);

  form.addEventListener('submit', (e) => { e.preventDefault(); commit(readForm(), true); });
  $('search-sort').addEventListener('change', () => commit(readForm(), true));
  $('search-filters').addEventListener('change', () => commit(readForm(), true));
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => commit(readForm(), false), 250);
  });
  window.addEventListener('popstate', () => {
    const state = parseState(window.location.search);
    writeForm(state);
    void search(state);
  });
  // Keyboard: "/" goes to the search field; arrow keys move between results.
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const typing = target.closest('input, textarea, select') !== null;
    if (e.key === '/' && !typing) { e.preventDefault(); input.focus(); input.select(); return; }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = results();
    if (!links.length) return;
    const at = links.indexOf(target as HTMLAnchorElement);
    if (target === input && e.key === 'ArrowDown') { e.preventDefault(); links[0]!.focus(); return; }
    if (at < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
    else if (at === 0) input.focus();
    else links[at - 1]!.focus();
  });
}
