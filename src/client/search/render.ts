/** What the search page draws: results (text and <mark> only, links on this site only), filters, tips, "Did you mean". */
import { FILTER_LABELS, FILTERS } from '../../lib/search/facets-names.ts';
import { excerptParts, safeResultUrl } from '../../lib/search/safe.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { hasFilters } from '../../lib/search/state.ts';
import { paragraphAnchor } from '../../lib/anchors.ts';
import { $, el } from './dom.ts';
import { links } from './links.ts';
import type { Counts, ResultData } from './pagefind.ts';

/**
 * The filter groups with their live counts. A group none of whose values has a result (and none chosen) is left
 * out; in a long group, values without results are too.
 */
export function renderFilters(state: SearchState, all: Counts, live: Counts) {
  const box = $('search-filters');
  box.replaceChildren();
  for (const name of FILTERS) {
    const values = Object.keys(all[name] ?? {}).sort((a, b) =>
      name === 'year' ? b.localeCompare(a) : a.localeCompare(b),
    );
    const chosen = state.filters[name];
    if (!values.some((v) => (live[name]?.[v] ?? 0) > 0 || chosen.includes(v))) continue;
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

export function resultItem(r: ResultData, exact: boolean, paragraph?: string): HTMLLIElement | undefined {
  const base = links.base();
  const url = safeResultUrl(r.url, window.location.origin, base);
  if (!url) return undefined;
  const href = exact && paragraph ? `${url.split('#')[0]}#${paragraphAnchor(paragraph)}` : url;
  const li = el('li', { className: exact ? 'result exact' : 'result' });
  li.append(el('h2', {}, el('a', { href, className: 'result-link' }, r.meta['title'] ?? url)));
  const facts = [exact ? 'Exact match' : '', r.meta['type'], r.meta['citation'], r.meta['date'], r.meta['country']]
    .filter(Boolean)
    .join(' · ');
  li.append(el('p', { className: 'meta' }, facts));
  const excerpt = el('p');
  for (const part of excerptParts(r.excerpt)) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  li.append(excerpt);
  const subs = (r.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
  if (subs.length) {
    const ul = el('ul', { className: 'sub-results' });
    for (const s of subs) {
      const subUrl = safeResultUrl(s.url, window.location.origin, base);
      if (subUrl) ul.append(el('li', {}, el('a', { href: subUrl }, s.title)));
    }
    li.append(ul);
  }
  return li;
}

/** Tips when nothing matches: the page's own template (search.astro), with "Clear the filters" when filters are on. */
export function emptyState(state: SearchState, onClear: () => void): Node {
  const tips = $<HTMLTemplateElement>('search-tips').content.cloneNode(true) as DocumentFragment;
  const clear = tips.querySelector<HTMLButtonElement>('#clear-filters')!;
  if (hasFilters(state)) clear.addEventListener('click', onClear);
  else clear.closest('li')!.remove();
  return tips;
}

/** "Did you mean …?", a link to the corrected query; empty when there is none. */
export function renderSuggestion(suggestion: string | undefined) {
  const box = $('search-suggestion');
  if (!suggestion) {
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  box.replaceChildren(
    'Did you mean ',
    el('a', { href: links.search(suggestion), id: 'search-suggestion-link' }, suggestion),
    '?',
  );
  box.hidden = false;
}
