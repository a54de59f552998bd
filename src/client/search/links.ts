/**
 * The addresses the search page needs, written into the page by the build (search.astro, from lib/urls.ts), so
 * the script does not bundle the site's path registry (and the collection schemas behind it).
 */
function data(name: string): string {
  return document.getElementById('search-results')?.dataset[name] ?? '';
}

export const links = {
  /** The site's base path ("/" or "/kb/"): result links must stay under it. */
  base: () => data('base') || '/',
  pagefind: () => data('pagefindUrl'),
  words: () => data('wordsUrl'),
  search: (query: string) => `${data('searchUrl')}?q=${encodeURIComponent(query)}`,
};
