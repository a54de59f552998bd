/** Reads the built site: its pages, their links and anchors. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** Site path, e.g. "/convention/articles/12/". */
  path: string;
  file: string;
  html: string;
  dom: HTMLElement;
}

export function htmlFiles(dist: string): string[] {
  return (
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      // admin/ is Decap CMS's page, with its own policy and markup: tests/browser/cms.test.ts covers it.
      .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`) && !f.startsWith(`admin${sep}`))
      .map((f) => join(dist, f))
  );
}

/** Site path of a built file under a base ("/" or "/kb/"). */
export function pathOf(dist: string, file: string, base = '/'): string {
  const rel = relative(dist, file).split(sep).join('/');
  return base + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
}

export function readPages(dist: string, base = '/'): BuiltPage[] {
  return htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    return { path: pathOf(dist, file, base), file, html, dom: parse(html) };
  });
}

export function page(dist: string, path: string): BuiltPage {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  return { path, file, html, dom: parse(html) };
}
