/**
 * Exact-match keys: a symbol, an article, a country or a theme typed the way people type them.
 * The build gives each record its keys (a Pagefind filter), and the search page turns the query
 * into a key with the same function, so "mc.dec/6/17", "MC.DEC/6/17" and "MC DEC 6/17" all find MC.DEC/6/17.
 * Shared by the build and the browser: no Node or DOM here.
 */

/** Article forms: "Article 26", "Art. 26", "art 26", "CETS 197 Art. 10", "CETS No. 197, Art. 12(1)(b)". */
const ARTICLE =
  /^(?:(?:council\s+of\s+europe\s+)?(?:convention|cets)\s*(?:no\.?\s*)?(?:197)?[\s,]*)?(?:article|art\.?)\s*(\d{1,2})\s*((?:\(\s*[0-9a-z]+\s*\))*)\s*$/i;

export interface QueryKey {
  /** The normalised key to look up. */
  key: string;
  /** For an article paragraph ("12(1)(b)"), the paragraph as cited. */
  paragraph?: string;
}

/** Lower case, no accents, letters and digits only. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The key of an article number: 26 → "art26". */
export function articleKey(number: number): string {
  return `art${number}`;
}

/** The key a query stands for, or undefined when it is empty. */
export function queryKey(query: string): QueryKey | undefined {
  const q = query.trim();
  if (!q) return undefined;
  const m = ARTICLE.exec(q);
  if (m) {
    const number = Number(m[1]);
    const parts = (m[2] ?? '').replace(/\s+/g, '');
    return parts
      ? { key: articleKey(number), paragraph: `${number}${parts.toLowerCase()}` }
      : { key: articleKey(number) };
  }
  const key = normalise(q);
  return key ? { key } : undefined;
}
