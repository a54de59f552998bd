/** The search page's state between the URL, the form and the browser history (parsing itself: lib/search/state.ts). */
import type { FilterName } from '../../lib/search/facets-names.ts';
import { parseState, serialiseState, type SearchState } from '../../lib/search/state.ts';
import { $ } from './dom.ts';

export function stateFromUrl(): SearchState {
  return parseState(window.location.search);
}

export function readForm(): SearchState {
  const state = parseState('');
  state.q = $<HTMLInputElement>('search-q').value.trim();
  state.sort = $<HTMLSelectElement>('search-sort').value as SearchState['sort'];
  for (const box of document.querySelectorAll<HTMLInputElement>('#search-filters input[type=checkbox]:checked')) {
    state.filters[box.name as FilterName].push(box.value);
  }
  return state;
}

export function writeForm(state: SearchState) {
  $<HTMLInputElement>('search-q').value = state.q;
  $<HTMLSelectElement>('search-sort').value = state.sort;
}

/** Puts the state in the address (a new history entry, or replacing the current one while typing) and the form. */
export function pushState(state: SearchState, push: boolean) {
  const url = `${window.location.pathname}${serialiseState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  writeForm(state);
}
