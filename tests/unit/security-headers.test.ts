// The _headers file: one policy whose every directive holds each page's sources, plus frame-ancestors and the other headers.
import { describe, expect, it } from 'vitest';
import { EXTRA_HEADERS, headersFile, metaPolicy, unionPolicy } from '../../src/integrations/security-headers.ts';

describe('security headers', () => {
  it('reads the policy of a page', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>`)).toBe(
      "default-src 'self'",
    );
    expect(metaPolicy('<head></head>')).toBeUndefined();
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
