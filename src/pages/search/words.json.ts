// /search/words.json: the words of every record's name, title, label and summary, most frequent first, for the
// search page's "Did you mean". Fetched only when a query finds few or no results (src/client/search/).
import { label, site } from '../../lib/site';
import { PAGE_COLLECTIONS } from '../../lib/urls';
import { buildVocabulary } from '../../lib/search/suggest';

/** Enough for every title word of a large corpus; rarer words beyond it are cut, the least frequent first. */
const MAX_WORDS = 8000;

export async function GET() {
  const s = await site();
  const texts: string[] = [];
  for (const c of PAGE_COLLECTIONS) {
    for (const e of s[c] as { id: string; data: Record<string, unknown> }[]) {
      texts.push(label(s, { collection: c, id: e.id }));
      for (const field of ['title', 'label', 'name', 'summary', 'description']) {
        const value = e.data[field];
        if (typeof value === 'string') texts.push(value);
      }
    }
  }
  return new Response(JSON.stringify(buildVocabulary(texts).slice(0, MAX_WORDS)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
