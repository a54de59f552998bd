/**
 * Exact-match keys: a symbol, an article, a country or a theme typed the way people type them.
 * The build gives each record its keys (a Pagefind filter), and the search page turns the query
 * into a key with the same function, so "mc.dec/6/17", "MC.DEC/6/17" and "MC DEC 6/17" all find MC.DEC/6/17.
 * Shared by the build and the browser: no Node or DOM here.
 */

/** Article forms: "Article 26", "Art. 26", "art 26", "CETS 197 Art. 10", "CETS No. 197, Art. 12(1)(b)". */
const ARTICLE =
  /^(?:(?:council\s+of\s+europe\s+)?(?:convention|cets)\s*(?:no\.?\s*)?(?:197)?[\s,]*)?(?:article|art\.?)\s*(\d{1,2})\s*((?:\(\s*[0-9a-z]+\s*\))*)\s*$/i;

/** Symbol forms: "MC.DEC/6/17", "PC.DEC/557", "mc dec/6/17" (letters, letters, a slash and a number). */
const SYMBOL = /^[a-z]{2,4}\s*\.?\s*[a-z]{2,4}\s*\/\s*\d+/i;

/** Whether a query is written as a document symbol (for "no record has this symbol" and the lookup below). */
export function looksLikeSymbol(query: string): boolean {
  return SYMBOL.test(query.trim());
}

/**
 * Whether a query names one document, a symbol or an article, rather than a subject. Such a query is looked up by
 * its key first and its match shown at once: the words of a symbol ("mc", "dec") are on very many pages, and their
 * index would otherwise be fetched before the one record the reader asked for appears.
 */
export function namesDocument(query: string): boolean {
  return looksLikeSymbol(query) || ARTICLE.test(query.trim());
}

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
