// Hostile records: every payload in tests/fixtures/hostile/ is refused by the content linter with file:line:column and a fix.
// `<case>.body.md` is a body laid under the base press record's front matter, `<case>.body.mdx` under the base
// practice's; `<case>.md` is a whole press record (front matter cases).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblems, type Problem } from '../../src/lib/content-check/index.ts';
import { baseContent, brokenContent, FIXTURES } from '../helpers/fixtures.ts';

const HOSTILE = join(FIXTURES, 'hostile');
const PRESS = 'press/2021-11-16-fixture.md';
const PRACTICE = 'practices/fixture-practice.mdx';

function frontMatter(file: string): string {
  const text = readFileSync(join(FIXTURES, 'content-base', file), 'utf8');
  return /^---\n[\s\S]*?\n---\n/.exec(text)![0];
}

/** Lays the payload into a copy of the valid base corpus and runs the real linter over it. */
function lint(fixture: string): { problems: Problem[]; file: string; bodyLine: number } {
  const dir = baseContent();
  const payload = readFileSync(join(HOSTILE, fixture), 'utf8');
  const file = fixture.endsWith('.body.mdx') ? PRACTICE : PRESS;
  const head = fixture.includes('.body.') ? frontMatter(file) : '';
  writeFileSync(join(dir, file), head + payload);
  return { problems: checkContent(dir, dir), file, bodyLine: head.split('\n').length };
}

interface Expectation {
  message: RegExp;
  fix: RegExp;
  /** Line inside the body (1 = first body line) or, for whole records, in the file. */
  line?: number;
  column?: number;
}
const HTML_FIX = /write Markdown instead/;
const IMG_FIX = /download the image into public\//;
const cases: Record<string, Expectation> = {
  'html-comment-wrapped-script.body.md': {
    message: /element <script> is not allowed/,
    fix: HTML_FIX,
    line: 1,
    column: 11,
  },
  'html-comment-wrapped-style.body.md': {
    message: /element <style> is not allowed/,
    fix: HTML_FIX,
    line: 1,
    column: 11,
  },
  'html-meta-refresh.body.md': { message: /element <meta> is not allowed/, fix: HTML_FIX, line: 1 },
  'html-abrupt-comment.body.md': { message: /comment closed at once/, fix: HTML_FIX, line: 1 },
  'html-bang-closed-comment.body.md': { message: /closed by `--!>`/, fix: HTML_FIX, line: 1 },
  'html-comment-across-list-items.body.md': { message: /not closed in the same block/, fix: HTML_FIX, line: 1 },
  'html-comment-across-block-quote.body.md': {
    message: /element <iframe> is not allowed|not closed in the same block/,
    fix: HTML_FIX,
  },
  'html-processing-instruction.body.md': { message: /processing instruction/, fix: HTML_FIX, line: 1 },
  'html-bogus-comment.body.md': { message: /not a comment/, fix: HTML_FIX, line: 1 },
  'html-conditional-comment.body.md': { message: /conditional comment/, fix: HTML_FIX, line: 1 },
  'html-body-onload.body.md': { message: /"<body onload=.*" is HTML markup/, fix: HTML_FIX, line: 1, column: 6 },
  'html-in-heading.body.md': { message: /element <img> is not allowed/, fix: HTML_FIX, line: 1, column: 10 },
  'html-in-table.body.md': { message: /element <svg> is not allowed/, fix: HTML_FIX, line: 3 },
  'html-in-footnote.body.md': { message: /element <iframe> is not allowed/, fix: HTML_FIX, line: 3 },
  'html-end-tag-and-form.body.md': { message: /"<\/main>.*" is HTML markup|element <form>/, fix: HTML_FIX, line: 1 },
  'html-nested-comment.body.md': { message: /comment inside a comment/, fix: HTML_FIX, line: 1 },
  'html-unclosed-comment-in-paragraph.body.md': { message: /element <base> is not allowed|not closed/, fix: HTML_FIX },
  'html-comment-in-list-item-with-embed.body.md': { message: /element <embed> is not allowed/, fix: HTML_FIX, line: 1 },
  'url-javascript-autolink.body.md': {
    message: /link to "javascript:alert\(1\)" is not allowed/,
    fix: /http\(s\)/,
    line: 1,
  },
  'url-entity-obfuscated.body.md': {
    message: /link to "javascript:alert\(1\)" is not allowed/,
    fix: /http\(s\)/,
    line: 1,
  },
  'url-tab-in-scheme.body.md': { message: /link to "java\tscript:/, fix: /http\(s\)/, line: 1 },
  'url-control-char-prefix.body.md': { message: /link to ".javascript:/, fix: /http\(s\)/, line: 1 },
  'url-data-html.body.md': { message: /link to "data:text\/html/, fix: /http\(s\)/, line: 1 },
  'url-vbscript-definition.body.md': { message: /link to "vbscript:/, fix: /http\(s\)/, line: 3 },
  'url-http-source.md': {
    message: /"http:\/\/www\.osce\.org\/secretariat\/504463" is a plain http:\/\/ address/,
    fix: /https:\/\/.*http-hosts\.ts/,
    line: 10,
  },
  'image-remote-pixel.body.md': { message: /image from another site/, fix: IMG_FIX, line: 1 },
  'image-protocol-relative.body.md': { message: /image from another site/, fix: IMG_FIX, line: 1 },
  'image-reference-remote.body.md': { message: /image from another site/, fix: IMG_FIX, line: 1 },
  'image-javascript.body.md': { message: /image from "javascript:/, fix: /files of this site/, line: 1 },
  'mdx-script-element.body.mdx': { message: /<script> is not a component we provide/, fix: /Callout/, line: 1 },
  'mdx-event-attribute.body.mdx': {
    message: /<Callout> has no attribute "onClick"/,
    fix: /allowed attributes: kind/,
    line: 1,
  },
  'mdx-html-comment.body.mdx': { message: /MDX cannot be read/, fix: /correct the syntax/ },
  'mdx-iframe-component.body.mdx': { message: /<iframe> is not a component we provide/, fix: /Callout/, line: 1 },
  'limit-byte-order-mark.md': { message: /byte-order mark/, fix: /remove the byte-order mark/, line: 1, column: 1 },
  'limit-bidi-override-in-title.md': {
    message: /U\+202E RIGHT-TO-LEFT OVERRIDE/,
    fix: /delete it/,
    line: 2,
    column: 17,
  },
  'limit-zero-width-in-body.body.md': { message: /U\+200B ZERO WIDTH SPACE/, fix: /delete it/, line: 1, column: 5 },
  'limit-long-line.body.md': { message: /line of 4500 characters/, fix: /break the text/, line: 1 },
  'limit-deep-list.body.md': { message: /nested 9 levels deep/, fix: /flatten the list/, line: 9 },
  'limit-deep-list-one-line.body.md': { message: /nested 1000 levels deep/, fix: /flatten the list/, line: 1 },
  'limit-deep-block-quote.body.md': { message: /nested 1000 levels deep/, fix: /flatten the list/, line: 1 },
  'limit-huge-body.body.md': { message: /the body is \d+ KB \(at most 200 KB\)/, fix: /summarise/, line: 1 },
  'limit-yaml-alias-bomb.md': { message: /YAML anchor &a is not allowed/, fix: /write the value out/, line: 3 },
  'limit-yaml-anchor.md': { message: /YAML (anchor &t|alias \*t) is not allowed/, fix: /write the value out/, line: 5 },
};

describe('hostile records', () => {
  it('has an expectation for every hostile fixture, and at least 40 of them', () => {
    const files = readdirSync(HOSTILE).sort();
    expect(Object.keys(cases).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const [fixture, e] of Object.entries(cases)) {
    it(`refuses ${fixture}`, () => {
      const { problems, file, bodyLine } = lint(fixture);
      const hit = problems.find((p) => p.file === file && e.message.test(p.message));
      expect(hit, `no problem matching ${e.message} in ${file}; got:\n${formatProblems(problems)}`).toBeDefined();
      expect(hit!.fix).toMatch(e.fix);
      const offset = fixture.includes('.body.') ? bodyLine - 1 : 0;
      if (e.line !== undefined) expect(hit!.line).toBe(e.line + offset);
      if (e.column !== undefined) expect(hit!.column).toBe(e.column);
    });
  }

  it('reports a hostile record together with every other problem of the corpus, never a crash', () => {
    const dir = brokenContent('many-problems');
    writeFileSync(join(dir, 'naps', 'zz-bomb.md'), readFileSync(join(HOSTILE, 'limit-yaml-alias-bomb.md'), 'utf8'));
    const problems = checkContent(dir, dir);
    expect(problems.some((p) => /YAML anchor/.test(p.message))).toBe(true);
    expect(problems.some((p) => /footnote \[\^9\] has no definition/.test(p.message))).toBe(true);
    expect(problems.some((p) => /unknown country "zz"/.test(p.message))).toBe(true);
  });
});
