/** How the search page reads and shows a query. Shared by the browser and the tests: no DOM here. */

/** A long query shortened for the status line: at most `max` characters, cut at a word, with an ellipsis. */
export function shortenQuery(query: string, max = 60): string {
  const q = query.trim().replace(/\s+/g, ' ');
  if (q.length <= max) return q;
  const cut = q.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** Whether the query holds a quoted phrase ("labour exploitation"), which Pagefind matches word for word in order. */
export function hasPhrase(query: string): boolean {
  return /["“”][^"“”]+["“”]/.test(query);
}

/** The query without its quotes: Pagefind ranks phrase matches all alike, so the page ranks them by this query. */
export function withoutQuotes(query: string): string {
  return query.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Pagefind takes straight quotes only: typographic quotes typed or pasted become straight. */
export function straightQuotes(query: string): string {
  return query.replace(/[“”]/g, '"');
}
