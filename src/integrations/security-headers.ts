/**
 * Writes `_headers` (Netlify and Cloudflare Pages syntax) next to the built pages: the Content-Security-Policy that
 * Astro put in the pages' <meta> (with their script and style hashes, see unionPolicy), plus what only a header can carry
 * (frame-ancestors) and the other security headers. Generated, so the header and the pages can never disagree.
 * Other hosts: docs/security.md.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
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
  // The <meta> is in the head: parsing only the head keeps this step from costing seconds on thousands of pages.
  const head = html.indexOf('</head>');
  return (
    parse(head === -1 ? html : html.slice(0, head))
      .querySelector('meta[http-equiv="content-security-policy"]')
      ?.getAttribute('content') ?? undefined
  );
}

/** How much of a page `pagePolicy` reads first: Astro writes the CSP <meta> early in the head, before the styles. */
const PREFIX_BYTES = 8192;

/**
 * The policy of the built page in `file`, read from its first bytes when the <meta> is there (the rest of the head
 * is inline CSS, tens of KB a page), else from the whole page.
 */
export function pagePolicy(file: string): string | undefined {
  const fd = openSync(file, 'r');
  let prefix: string;
  try {
    const buffer = Buffer.alloc(PREFIX_BYTES);
    prefix = buffer.toString('utf8', 0, readSync(fd, buffer, 0, PREFIX_BYTES, 0));
  } finally {
    closeSync(fd);
  }
  // Up to the last complete tag, so a <meta> cut off by the prefix is never read in part.
  return metaPolicy(prefix.slice(0, prefix.lastIndexOf('>') + 1)) ?? metaPolicy(readFileSync(file, 'utf8'));
}

/**
 * One policy for every page: each directive with the union of its sources over all pages (pages differ only in
 * the hashes of the scripts and styles they carry). Each page's own <meta> policy still applies on top, and a
 * browser enforces both, so no page gains anything its own policy refuses.
 */
export function unionPolicy(policies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)) {
      const [name, ...sources] = part.split(/\s+/);
      const set = directives.get(name!) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name!, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The web editor's page (Decap CMS, public/admin/): its own policy in its own <meta>, kept out of the site's. */
export const isAdminPage = (file: string) => /^admin[\\/]/.test(file);

const withFrameAncestors = (policy: string) =>
  [
    ...policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean),
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * The `_headers` file for a policy: the meta's directives plus frame-ancestors, then the other headers. With the
 * web editor's policy, a `/admin/*` block detaches the site's policy there (`! Content-Security-Policy`, Cloudflare
 * Pages syntax) and sets the editor's own; docs/security.md says what other hosts need.
 */
export function headersFile(policy: string, adminPolicy?: string): string {
  const lines = [
    `Content-Security-Policy: ${withFrameAncestors(policy)}`,
    ...Object.entries(EXTRA_HEADERS).map(([k, v]) => `${k}: ${v}`),
  ];
  const site = `/*\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
  if (!adminPolicy) return site;
  // Signing in to GitHub opens a pop-up that answers the editor through window.opener: same-origin would cut it off.
  const admin = [
    '! Content-Security-Policy',
    `Content-Security-Policy: ${withFrameAncestors(adminPolicy)}`,
    '! Cross-Origin-Opener-Policy',
    'Cross-Origin-Opener-Policy: same-origin-allow-popups',
  ];
  return `${site}\n/admin/*\n${admin.map((l) => `  ${l}`).join('\n')}\n`;
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'kb:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const all = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
          (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
        );
        const pages = all.filter((f) => !isAdminPage(f));
        const admin = all.filter(isAdminPage).map((f) => pagePolicy(join(out, f)));
        if (admin.some((p) => !p)) throw new Error('the web editor page (admin/) has no Content-Security-Policy');
        const policies = pages.map((f) => ({ f, policy: pagePolicy(join(out, f)) }));
        const without = policies.filter((p) => !p.policy).map((p) => p.f);
        if (without.length)
          throw new Error(`pages without a Content-Security-Policy: ${without.slice(0, 5).join(', ')}`);
        writeFileSync(
          join(out, '_headers'),
          headersFile(
            unionPolicy(policies.map((p) => p.policy!)),
            admin.length ? unionPolicy(admin as string[]) : undefined,
          ),
        );
        logger.info(
          `wrote _headers: the pages' Content-Security-Policy with frame-ancestors, and ${Object.keys(EXTRA_HEADERS).length} more headers`,
        );
      },
    },
  };
}
