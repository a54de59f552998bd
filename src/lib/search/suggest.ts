/**
 * "Did you mean": the site's own vocabulary (words of record titles, labels and summaries, built into
 * /search/words.json by src/pages/search/words.json.ts) and the nearest known word for each unknown query word.
 * Pure: used by the build (the word list) and the search page (the suggestion).
 */

/** Lower case, no accents: how words are compared. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a text worth suggesting: letters only, at least four of them. */
export function vocabularyWords(text: string): string[] {
  return (foldWord(text).match(/[a-z]+/g) ?? []).filter((w) => w.length >= 4);
}

/** A word list, most frequent first (ties alphabetical), from texts. */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of vocabularyWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/** Edit distance with transpositions (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The query with each unknown word (four letters or more, neither a known word nor the start of one) replaced by
 * the most frequent known word at the smallest edit distance (1 for words of up to five letters, else 2); undefined
 * when nothing changes.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const out = query.replace(/[\p{L}]+/gu, (word) => {
    const w = foldWord(word);
    if (w.length < 4 || known.has(w) || vocabulary.some((v) => v.startsWith(w))) return word;
    const max = w.length <= 5 ? 1 : 2;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const v of vocabulary) {
      const d = editDistance(w, v, Math.min(max, bestDistance));
      if (d < bestDistance) {
        best = v;
        bestDistance = d;
        if (d === 1) break;
      }
    }
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? out : undefined;
}

/**
 * Whether some word of the query (four letters or more) is highlighted in none of the excerpts: Pagefind then
 * matched something else in its place (the start of the word, or a short word it begins with), so the results
 * are a guess and a "Did you mean" helps. Excerpts are Pagefind's, with <mark>…</mark> around matched words.
 */
export function queryWordUnmatched(query: string, excerpts: readonly string[]): boolean {
  const marked = excerpts.flatMap((e) => [...e.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => foldWord(m[1]!)));
  return vocabularyWords(query.replace(/["“”]/g, ' ')).some((w) => {
    const stem = w.slice(0, Math.max(4, w.length - 3));
    return !marked.some((m) => m.startsWith(stem));
  });
}
