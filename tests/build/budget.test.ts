// The weight budget of content pages, measured on the real files of the build: the first view of a content page
// (its HTML with its inline styles and any stylesheet it links, each gzipped, plus any font) is at most 20 KB, and
// content pages load no JavaScript at all (no <script>, no module preload, no script in a linked file).
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readPages, type BuiltPage } from '../helpers/built-site.ts';

const dist = inject('distDir');
const pages = readPages(dist);
const BUDGET = 20 * 1024;

/** Record pages and the reading pages around them; the search page and the NAP table are the two interactive pages. */
const CONTENT =
  /^\/(convention\/(articles|chapters)\/[^/]+|commitments\/[^/]+|naps\/[^/]+|countries\/[^/]+|practices\/[^/]+|press\/[^/]+|themes\/[^/]+|organisations\/[^/]+|people\/[^/]+)\/$/;
const contentPages = pages.filter((p) => CONTENT.test(p.path));
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** Bytes of the first view: the HTML and every stylesheet it links, gzipped as a server would send them. */
function firstView(p: BuiltPage): { html: number; css: number; total: number } {
  const html = gz(p.html);
  let css = 0;
  for (const link of p.dom.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttribute('href')!;
    css += gz(readFileSync(join(dist, href.replace(/^\//, ''))));
  }
  return { html, css, total: html + css };
}

describe('budget of content pages', () => {
  it('finds the content pages of every kind', () => {
    for (const kind of [
      'convention/articles',
      'convention/chapters',
      'commitments',
      'naps',
      'countries',
      'practices',
      'press',
      'themes',
      'organisations',
      'people',
    ]) {
      expect(
        contentPages.some((p) => p.path.startsWith(`/${kind}/`)),
        kind,
      ).toBe(true);
    }
  });

  it('ship 0 bytes of JavaScript: no script element, no module preload', () => {
    const offenders = contentPages
      .filter(
        (p) =>
          p.dom.querySelectorAll('script').length > 0 ||
          p.dom.querySelectorAll('link[rel="modulepreload"], link[as="script"]').length > 0,
      )
      .map((p) => p.path);
    expect(offenders).toEqual([]);
  });

  it('self-host no web font (the system font stack costs nothing)', () => {
    const fonts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(woff2?|ttf|otf)$/.test(f) && !f.startsWith('pagefind'),
    );
    expect(fonts).toEqual([]);
    const linked = existsSync(join(dist, '_astro'))
      ? readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'))
      : [];
    for (const css of linked) {
      expect(readFileSync(join(dist, '_astro', css), 'utf8'), css).not.toMatch(/@font-face/);
    }
    // Stylesheets are inlined (ADR 0017): the <style> of every page is checked too, and must hold the site's rules.
    const inline = pages.filter((p) =>
      [...p.dom.querySelectorAll('style')].some((s) => s.textContent.includes('--font:')),
    );
    expect(inline.length).toBeGreaterThan(pages.length / 2);
    for (const p of pages) {
      for (const style of p.dom.querySelectorAll('style')) expect(style.textContent, p.path).not.toMatch(/@font-face/);
    }
  });

  it(`keep the first view (HTML + CSS, gzipped) at most ${BUDGET / 1024} KB on every content page`, () => {
    const over = contentPages
      .map((p) => ({ path: p.path, ...firstView(p) }))
      .filter((m) => m.total > BUDGET)
      .map(
        (m) =>
          `${m.path}: ${(m.total / 1024).toFixed(1)} KB (HTML ${(m.html / 1024).toFixed(1)}, CSS ${(m.css / 1024).toFixed(1)})`,
      );
    expect(over).toEqual([]);
  });

  it('the pages named in the design brief are within budget, and their figures are reported', () => {
    const named = [
      '/convention/articles/10/',
      '/commitments/pc-dec-557/',
      '/countries/md/',
      '/naps/ie-2023-2027/',
    ].filter((p) => existsSync(join(dist, p, 'index.html')));
    expect(named.length).toBeGreaterThan(0);
    for (const path of named) {
      const m = firstView(pages.find((p) => p.path === path)!);
      console.log(
        `first view ${path}: ${(m.total / 1024).toFixed(1)} KB (HTML ${(m.html / 1024).toFixed(1)} + CSS ${(m.css / 1024).toFixed(1)})`,
      );
      expect(m.total, path).toBeLessThanOrEqual(BUDGET);
    }
  });
});
