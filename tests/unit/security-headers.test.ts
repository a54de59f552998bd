// The _headers file: one policy whose every directive holds each page's sources, plus frame-ancestors and the other headers.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EXTRA_HEADERS,
  headersFile,
  metaPolicy,
  pagePolicy,
  unionPolicy,
} from '../../src/integrations/security-headers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-headers-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function page(name: string, head: string): string {
  writeFileSync(join(dir, name), `<!DOCTYPE html><html lang="en"><head>${head}</head><body><p>Text</p></body></html>`);
  return join(dir, name);
}
const META = `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-x'">`;

describe('security headers', () => {
  it('reads the policy of a page', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>`)).toBe(
      "default-src 'self'",
    );
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
  it('reads the policy of a built page, wherever its <meta> lies in the head', () => {
    const css = `<style>${'p{color:red}'.repeat(1500)}</style>`; // 18 KB, longer than the first read
    expect(pagePolicy(page('early.html', `${META}${css}`))).toBe("default-src 'self'; style-src 'self' 'sha256-x'");
    expect(pagePolicy(page('late.html', `${css}${META}`))).toBe("default-src 'self'; style-src 'self' 'sha256-x'");
    // Cut off by the first read: the whole page is read, never a part of the <meta>.
    const opening = '<!DOCTYPE html><html lang="en"><head><title></title>'.length;
    const cut = `<title>${'t'.repeat(8192 - 40 - opening)}</title>${META}`; // the <meta> starts 40 bytes before the cut
    expect(pagePolicy(page('cut.html', cut))).toBe("default-src 'self'; style-src 'self' 'sha256-x'");
    expect(pagePolicy(page('none.html', css))).toBeUndefined();
  });
  it('unites the sources of each directive over pages, keeping the rest', () => {
    const merged = unionPolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-c'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'");
  });
  it('writes the policy with frame-ancestors and every extra header under /*', () => {
    const file = headersFile("default-src 'self'");
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
    for (const [name, value] of Object.entries(EXTRA_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
  });
});
