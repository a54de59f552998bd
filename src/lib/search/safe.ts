/** Guards for what search shows: only this site's paths become links; excerpts become text and <mark> only. */

/** A result URL as a same-site path under the base, or undefined (javascript:, data:, other hosts…). */
export function safeResultUrl(url: string, origin: string, base: string): string | undefined {
  try {
    const u = new URL(url, origin);
    if (u.origin !== origin || !/^https?:$/.test(u.protocol) || !u.pathname.startsWith(base)) return undefined;
    return u.pathname + u.search + u.hash;
  } catch {
    return undefined;
  }
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&amp;': '&',
};

/** Pagefind's excerpt ("text <mark>word</mark> text", entities escaped) as parts: odd parts are highlighted. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  return excerpt
    .split(/<mark>|<\/mark>/)
    .map((part, i) => ({
      text: part.replace(/<[^>]*>/g, '').replace(/&(?:lt|gt|quot|#39|#x27|amp);/g, (e) => ENTITIES[e]!),
      mark: i % 2 === 1,
    }))
    .filter((p) => p.text);
}
