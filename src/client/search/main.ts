/**
 * The search page. Reads its state from the URL, asks Pagefind (loaded only here), and renders with DOM nodes
 * only. Exact matches on a symbol, article, country, theme or organisation come first; then Pagefind's ranked
 * results. Filters: OR inside a group, AND across groups, with live counts. State lives in the URL. A query with
 * few or no results gets "Did you mean" from the site's own words. Modules: url-state (URL, form, history),
 * pagefind (loading, ranking, phrases), render (results, filters, tips), keyboard.
 */
import { looksLikeSymbol, namesDocument, queryKey } from '../../lib/search/keys.ts';
import { shortenQuery, straightQuotes } from '../../lib/search/query.ts';
import { hasFilters, pagefindOptions, parseState, type SearchState } from '../../lib/search/state.ts';
import { queryWordUnmatched, suggestQuery } from '../../lib/search/suggest.ts';
import { $, el } from './dom.ts';
import { keyboard, resultLinks } from './keyboard.ts';
import { loadPagefind, loadWords, searchText } from './pagefind.ts';
import { emptyState, renderFilters, renderSuggestion, resultItem } from './render.ts';
import { pushState, readForm, stateFromUrl, writeForm } from './url-state.ts';

const PAGE_SIZE = 10;
/** Fewer results than this and the page looks for a "Did you mean". */
const FEW = 3;

let run = 0;
let shown = PAGE_SIZE;
async function search(state: SearchState, keepShown = false) {
  if (!keepShown) shown = PAGE_SIZE;
  const mine = ++run;
  const status = $('search-status');
  const list = $('search-results');
  renderSuggestion(undefined);
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
  const lookUp = () =>
    key ? pf.search(null, { ...options, filters: { ...(options.filters as object), key: key.key } }) : undefined;
  let marked = false;
  /** Lets `npm run bench` count what it took to show the first results, before the filters (and any word list). */
  const markShown = () => {
    if (!marked) performance.mark('kb:results');
    marked = true;
  };
  // A symbol or an article is looked up before its words are searched, and its match shown at once.
  const early = key && namesDocument(state.q) ? await lookUp() : undefined;
  if (mine !== run) return;
  const earlyData = early ? await Promise.all(early.results.map((r) => r.data())) : [];
  if (mine !== run) return;
  if (earlyData.length) {
    list.replaceChildren(
      ...earlyData.map((d) => resultItem(d, true, key?.paragraph)).filter((x): x is HTMLLIElement => Boolean(x)),
    );
    status.textContent = 'Searching for other results…';
    markShown();
  }
  // Results first: the filter index is fetched after they are on screen.
  const [response, exact] = await Promise.all([searchText(pf, state.q, options), early ?? lookUp()]);
  if (mine !== run) return;
  const exactData = exact === early ? earlyData : exact ? await Promise.all(exact.results.map((r) => r.data())) : [];
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
  const q = shortenQuery(state.q);
  const what = state.q ? ` for “${q}”` : '';
  const filtered = hasFilters(state) ? ' with the chosen filters' : '';
  const symbolLike = looksLikeSymbol(state.q);
  const clear = () => {
    state.filters = parseState('').filters;
    commit(state, true);
  };
  if (symbolLike && !exactData.length) {
    status.textContent = `No record has the symbol “${q}” yet.${total ? ` ${total} other result${total === 1 ? '' : 's'} below.` : ''}`;
    if (!total) list.replaceChildren(el('li', {}, emptyState(state, clear)));
  } else if (total === 0) {
    status.textContent = `No results${what}${filtered}.`;
    list.replaceChildren(el('li', {}, emptyState(state, clear)));
  } else {
    status.textContent = `${total} result${total === 1 ? '' : 's'}${what}${filtered}${total > items.length ? `; ${items.length} shown` : ''}.`;
    if (total > items.length) {
      const more = el('button', { type: 'button', className: 'more' }, 'Show more results');
      more.addEventListener('click', () => {
        const next = items.length;
        shown += PAGE_SIZE;
        void search(state, true).then(() => resultLinks()[next]?.focus());
      });
      list.append(el('li', { className: 'more-item' }, more));
    }
  }
  markShown();
  if (
    state.q &&
    !exactData.length &&
    (total < FEW ||
      queryWordUnmatched(
        state.q,
        restData.slice(0, FEW).map((d) => d.excerpt),
      ))
  ) {
    const suggestion = suggestQuery(state.q, await loadWords());
    if (mine === run) renderSuggestion(suggestion);
  }
  const all = await pf.filters();
  const counted = await pf.search(straightQuotes(state.q) || null, options);
  // Pagefind's counts include what only unweighted metadata matched (dropped above): none when nothing is shown.
  if (mine === run) renderFilters(state, all, total ? counted.filters : {});
}

function commit(state: SearchState, push: boolean) {
  pushState(state, push);
  void search(state);
}

export function startSearch() {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('search-q');
  const initial = stateFromUrl();
  writeForm(initial);
  void search(initial);

  // Typing searches after a pause; Enter searches at once and cancels the pause's search, which would repeat it.
  let timer: number | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    commit(readForm(), true);
  });
  $('search-sort').addEventListener('change', () => commit(readForm(), true));
  $('search-filters').addEventListener('change', () => commit(readForm(), true));
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => commit(readForm(), false), 250);
  });
  window.addEventListener('popstate', () => {
    const state = stateFromUrl();
    writeForm(state);
    void search(state);
  });
  keyboard(input);
}
