// Pages speak to readers: no page of the build says anything about how the site is made. Same deny-list as
// the content linter (src/lib/content-check/process-words.ts), applied to what a reader sees: the page's text,
// its title and description, and the alt, title and aria-label texts (never URLs).
import { describe, expect, inject, it } from 'vitest';
import { findProcessWords } from '../../src/lib/content-check/process-words.ts';
import { readPages } from '../helpers/built-site.ts';

const pages = readPages(inject('distDir'));

function readerText(p: (typeof pages)[number]): string {
  const dom = p.dom;
  for (const el of dom.querySelectorAll('script, style, template')) el.remove();
  const parts = [dom.querySelector('body')?.text ?? ''];
  for (const m of dom.querySelectorAll('title, meta[name="description"]'))
    parts.push(m.tagName === 'META' ? (m.getAttribute('content') ?? '') : m.text);
  for (const el of dom.querySelectorAll('[alt], [title], [aria-label]'))
    parts.push(...['alt', 'title', 'aria-label'].map((a) => el.getAttribute(a) ?? ''));
  return parts.join('\n').replace(/\s+/g, ' ');
}

describe('reader words', () => {
  it('reads the built pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });
  it('no page speaks about how the site is made', () => {
    const found = pages.flatMap((p) => {
      const text = readerText(p);
      return findProcessWords(text).map(
        (h) =>
          `${p.path}: "${h.text}" (${h.rule.words}) in "…${text.slice(Math.max(0, h.index - 60), h.index + h.text.length + 60)}…"`,
      );
    });
    expect(found, `rewrite these for the reader (see docs/content-guide.md):\n${found.join('\n')}`).toEqual([]);
  });
});
