/**
 * Writes `_headers` (Netlify and Cloudflare Pages syntax) next to the built pages: the Content-Security-Policy that
 * Astro put in the pages' <meta> (with their script and style hashes, see unionPolicy), plus what only a header can carry
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

/**
 * One policy for every page: each directive with the union of its sources over all pages (pages differ only in
 * the hashes of the scripts and styles they carry). Each page's own <meta> policy still applies on top, and a
 * browser enforces both, so no page gains anything its own policy refuses.
 */
export function unionPolicy(policies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [name, ...sources] = part.split(/\s+/);
      const set = directives.get(name!) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name!, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
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
        const policies = pages.map((f) => ({ f, policy: metaPolicy(readFileSync(join(out, f), 'utf8')) }));
        const without = policies.filter((p) => !p.policy).map((p) => p.f);
        if (without.length) throw new Error(`pages without a Content-Security-Policy: ${without.slice(0, 5).join(', ')}`);
        writeFileSync(join(out, '_headers'), headersFile(unionPolicy(policies.map((p) => p.policy!))));
        logger.info(`wrote _headers: the pages' Content-Security-Policy with frame-ancestors, and ${Object.keys(EXTRA_HEADERS).length} more headers`);
      },
    },
  };
}
