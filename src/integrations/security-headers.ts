/**
 * Writes `_headers` (Netlify and Cloudflare Pages syntax) next to the built pages: the very Content-Security-Policy
 * that Astro put in every page's <meta> (with its script and style hashes), plus what only a header can carry
 * (frame-ancestors) and the other security headers. Generated, so the header and the pages can never disagree.
 * Other hosts: docs/security.md.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';

export const EXTRA_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The policy of a built page's CSP <meta>, or undefined. */
export function metaPolicy(html: string): string | undefined {
  return parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? undefined;
}

/** The `_headers` file for a policy: the meta's directives plus frame-ancestors, then the other headers. */
export function headersFile(policy: string): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const csp = [...directives, "frame-ancestors 'none'"].join('; ');
  const lines = [`Content-Security-Policy: ${csp}`, ...Object.entries(EXTRA_HEADERS).map(([k, v]) => `${k}: ${v}`)];
  return `/*\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'kb:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
        const policies = new Set(pages.map((f) => metaPolicy(readFileSync(join(out, f), 'utf8')) ?? '(none)'));
        if (policies.size !== 1 || policies.has('(none)')) {
          // One header serves every page, so every page must carry the same policy.
          throw new Error(`pages carry ${policies.size} different Content-Security-Policies (or none); one _headers cannot serve them all`);
        }
        writeFileSync(join(out, '_headers'), headersFile([...policies][0]!));
        logger.info(`wrote _headers: the pages' Content-Security-Policy with frame-ancestors, and ${Object.keys(EXTRA_HEADERS).length} more headers`);
      },
    },
  };
}
