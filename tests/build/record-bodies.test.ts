// The second net: no page renders anything from a record body that could run script, restyle the page, load from
// elsewhere or send readers away; and the net is proved to catch a record that got past the content linter.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/built-site.ts';
import { buildContent, buildDir, FIXTURES } from '../helpers/fixtures.ts';
import { unsafeMarkup } from '../helpers/unsafe-markup.ts';

const dist = inject('distDir');

function scan(dir: string) {
  const pages = htmlFiles(dir).map((file) => ({ file, ...unsafeMarkup(readFileSync(file, 'utf8')) }));
  return {
    bodies: pages.reduce((n, p) => n + p.bodies, 0),
    findings: pages.flatMap((p) => p.findings.map((f) => `${p.file.slice(dir.length)}: ${f}`)),
  };
}

describe('the Content-Security-Policy in the built site', () => {
  it('every page carries one, and dist/_headers allows no source that some page does not, and forbids framing', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const header = /Content-Security-Policy: (.*)/.exec(headers)![1]!;
    const allowed = new Set(header.split(/[;\s]+/));
    for (const file of htmlFiles(dist)) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
        readFileSync(file, 'utf8'),
      )?.[1];
      expect(policy, file).toBeDefined();
      for (const source of policy!.split(/[;\s]+/).filter(Boolean))
        expect(allowed.has(source), `${file}: ${source}`).toBe(true);
    }
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain("object-src 'none'");
    expect(header).not.toContain('unsafe-inline');
  });
});

describe('record bodies in the built site', () => {
  it('hold no script, style, frame, object, embed, meta, base, form, event handler or script/data URL', () => {
    const { bodies, findings } = scan(dist);
    expect(bodies).toBeGreaterThan(100);
    expect(findings).toEqual([]);
  });

  it('the check catches every class in a record that got past the linter', { timeout: 240_000 }, async () => {
    const content = mkdtempSync(join(tmpdir(), 'kb-output-hostile-'));
    cpSync(join(FIXTURES, 'content-base'), content, { recursive: true });
    cpSync(join(FIXTURES, 'output-hostile'), content, { recursive: true });
    const built = await buildContent(content, buildDir('output-hostile'), { KB_SKIP_CONTENT_CHECK_FOR_TESTS: '1' });
    expect(built.status, built.output).toBe(0);
    const out = built.dist;
    const text = scan(out).findings.join('\n');
    for (const expected of [
      '<script> element',
      '<img onerror> event handler',
      '<style> element',
      '<meta> element',
      '<iframe> element',
      '<object> element',
      '<embed> element',
      '<base> element',
      '<form> element',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/<a href="javascript:alert\(1\)"> script or data URL|<img src="data:image\/png/);
  });
});
