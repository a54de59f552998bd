/**
 * The search page's script: reads ?q=, asks Pagefind, and renders results with DOM nodes only
 * (text is never parsed as HTML; only same-site result URLs are linked).
 */
interface PagefindResult { url: string; excerpt: string; meta: Record<string, string> }
interface Pagefind {
  init?: () => Promise<void>;
  options?: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Appends Pagefind's excerpt ("text <mark>word</mark> text") as text nodes and <mark> elements. */
export function appendExcerpt(target: HTMLElement, excerpt: string) {
  const parts = excerpt.split(/<mark>|<\/mark>/);
  parts.forEach((part, i) => {
    const text = document.createTextNode(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.append(text);
      target.append(mark);
    } else target.append(text);
  });
}

/** Only paths of this site are linked; anything else (javascript:, other hosts) is refused. */
export function safeResultUrl(url: string): string | undefined {
  try {
    const u = new URL(url, window.location.origin);
    if (u.origin !== window.location.origin || !u.pathname.startsWith(BASE)) return undefined;
    return u.pathname + u.hash;
  } catch {
    return undefined;
  }
}

export async function runSearch() {
  const params = new URLSearchParams(window.location.search);
  const q = (params.get('q') ?? '').trim();
  const input = document.getElementById('search-q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  input.value = q;
  if (!q) {
    status.textContent = 'Type a symbol (MC.DEC/6/17), an article (Art. 26), a theme or a country.';
    return;
  }
  status.textContent = 'Searching…';
  const pagefind = await (window as unknown as { kbLoadPagefind: () => Promise<Pagefind> }).kbLoadPagefind();
  await pagefind.options?.({ baseUrl: BASE });
  const found = await pagefind.search(q);
  const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren();
  for (const r of results) {
    const url = safeResultUrl(r.url);
    if (!url) continue;
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = url;
    a.textContent = r.meta.title ?? url;
    const type = r.meta.type ? ` · ${r.meta.type}` : '';
    const p = document.createElement('p');
    appendExcerpt(p, r.excerpt);
    li.append(a, document.createTextNode(type), p);
    list.append(li);
  }
  const n = found.results.length;
  status.textContent = n ? `${n} result${n === 1 ? '' : 's'} for “${q}”${n > 20 ? ' (first 20 shown)' : ''}.` : `No results for “${q}”. Try a symbol such as PC.DEC/557, an article such as Art. 12, or a theme.`;
}
