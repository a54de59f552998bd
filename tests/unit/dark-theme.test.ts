// The dark theme changes colours and nothing else: every `prefers-color-scheme: dark` block sets colour custom
// properties on :root. The browser tests rely on it: they run every axe rule in the light theme and only the colour
// rules in the dark one, on the same page (tests/helpers/browser.ts, COLOUR_RULES).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import postcss, { type AtRule, type Root } from 'postcss';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

/** Every stylesheet of the site: the files under src/styles and the <style> blocks of .astro files. */
function stylesheets(): { file: string; css: Root }[] {
  const sheets: { file: string; css: Root }[] = [];
  for (const f of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(src, f);
    const file = relative(root, path);
    if (f.endsWith('.css')) sheets.push({ file, css: postcss.parse(readFileSync(path, 'utf8')) });
    if (f.endsWith('.astro'))
      for (const m of readFileSync(path, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
        sheets.push({ file, css: postcss.parse(m[1]!) });
  }
  return sheets;
}

const COLOUR = /^(#[0-9a-f]{3,8}|none)$/i;

/** What a dark block does beyond setting colour custom properties on :root, as "file: what" lines. */
function nonColourChanges(file: string, block: AtRule): string[] {
  const found: string[] = [];
  block.each((node) => {
    if (node.type === 'comment') return;
    if (node.type !== 'rule' || node.selector !== ':root') {
      found.push(`${file}: ${node.type === 'rule' ? node.selector : node.toString()}`);
      return;
    }
    node.each((decl) => {
      if (decl.type === 'decl' && !(decl.prop.startsWith('--') && COLOUR.test(decl.value)))
        found.push(`${file}: ${decl.prop}: ${decl.value}`);
    });
  });
  return found;
}

describe('the dark theme', () => {
  const sheets = stylesheets();
  const darkBlocks = sheets.flatMap(({ file, css }) => {
    const blocks: { file: string; block: AtRule }[] = [];
    css.walkAtRules('media', (block) => {
      if (/prefers-color-scheme/.test(block.params)) blocks.push({ file, block });
    });
    return blocks;
  });

  it('is written in media blocks that set colour custom properties on :root, and nothing else', () => {
    expect(sheets.length).toBeGreaterThan(5);
    expect(darkBlocks.length).toBeGreaterThan(0);
    for (const { block, file } of darkBlocks) expect(block.params, file).toBe('(prefers-color-scheme: dark)');
    expect(darkBlocks.flatMap(({ file, block }) => nonColourChanges(file, block))).toEqual([]);
  });

  it('the check catches a block that changes layout, another selector or a non-colour value', () => {
    const block = postcss.parse(
      '@media (prefers-color-scheme: dark) { :root { --bg: #000; --gap: 2rem; } .note { display: none; } }',
    ).first as AtRule;
    expect(nonColourChanges('x.css', block)).toEqual(['x.css: --gap: 2rem', 'x.css: .note']);
  });

  it('no script or markup outside the stylesheets reads the colour scheme', () => {
    const readers = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|astro|tsx|js|mjs)$/.test(f))
      .filter((f) => {
        const text = readFileSync(join(src, f), 'utf8').replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
        return /prefers-color-scheme|matchMedia/.test(text);
      });
    expect(readers).toEqual([]);
  });
});
