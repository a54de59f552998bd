/**
 * Every HTML page leaves Astro with a space after the closing tags Pagefind would otherwise run together
 * (src/lib/search/index-spacing.ts), so the search index is built from dist/ as written, without a spaced copy of
 * every page (docs/performance.md, 3 December 2026). Other responses (JSON, CSV, feeds) pass unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { spacedForIndex } from './lib/search/index-spacing.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(spacedForIndex(await response.text()), response);
});
