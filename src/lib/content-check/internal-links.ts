/**
 * Internal links in record bodies cannot break: every link to a page of this site (`/naps/md-2024-2027/`,
 * `../md-2024-2027/`, `#para-12-1-b`) is resolved, before anything is built, against the routes the site will
 * build: one page per record of each collection that has pages (urls.ts `recordUrl`), the fixed pages (`paths`)
 * and the files under src/pages. Anchors are checked where the records define them: the paragraph anchors of
 * Convention articles (`#para-12-1-b`) and the provision anchors of OSCE commitments (`#p-iii-1-2`).
 * Links to other sites are left alone.
 */
import { existsSync, readdirSync } from 'node:fs';
import { parseBody } from './parse-body.ts';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import { href, PAGE_COLLECTIONS, paragraphAnchor, paths, provisionAnchor, recordUrl } from '../urls.ts';
import type { CollectionName } from '../../schemas/fields.ts';
import type { BodyLink } from './cache.ts';
import type { LoadedRecord } from './load.ts';
import { closest, type Problem } from './problems.ts';

/** A page the site will build, with the anchors we know it has (undefined: anchors are not checked there). */
interface Route {
  anchors?: Set<string>;
  kind?: string;
}

const ORIGIN = 'http://site';

function pagesDir(): string | undefined {
  for (const dir of [fileURLToPath(new URL('../../pages', import.meta.url)), posix.join(process.cwd(), 'src/pages')]) {
    if (existsSync(dir)) return dir;
  }
  return undefined;
}

/** Every route the build will produce for these records. */
export function siteRoutes(records: readonly LoadedRecord[]): Map<string, Route> {
  const routes = new Map<string, Route>();
  const ids = new Map<CollectionName, string[]>();
  for (const r of records) ids.set(r.collection, [...(ids.get(r.collection) ?? []), r.id]);

  for (const make of Object.values(paths)) {
    if (make.length === 0) routes.set((make as () => string)().split(/[?#]/)[0]!, {});
  }
  for (const r of records) {
    if (!PAGE_COLLECTIONS.includes(r.collection) && r.collection !== 'chapters') continue;
    const url = recordUrl(r.collection, r.id);
    if (!url) continue;
    const d = r.data as { obligations?: { paragraph?: unknown }[]; provisions?: { ref?: unknown }[] };
    if (r.collection === 'convention') {
      routes.set(url, {
        kind: 'paragraph',
        anchors: new Set(
          (d.obligations ?? [])
            .map((o) => String(o.paragraph ?? ''))
            .filter(Boolean)
            .map(paragraphAnchor),
        ),
      });
    } else if (r.collection === 'commitments') {
      routes.set(url, {
        kind: 'provision',
        anchors: new Set(
          (d.provisions ?? [])
            .map((p) => String(p.ref ?? ''))
            .filter(Boolean)
            .map(provisionAnchor),
        ),
      });
    } else {
      routes.set(url, {});
    }
  }
  // Files under src/pages that are not a record page: feeds, CSV and JSON exports, pages added later.
  const dir = pagesDir();
  if (dir) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const f = file.split('\\').join('/');
      const m = /^(.*?)(?:\.astro|\.ts|\.md)$/.exec(f);
      if (!m || /(^|\/)_/.test(f)) continue;
      let route = m[1]!;
      if (route === '404') continue; // served as 404.html for unknown paths, not a page to link to
      if (f.endsWith('.astro') || f.endsWith('.md'))
        route = route === 'index' ? '' : route.endsWith('/index') ? route.slice(0, -'index'.length) : `${route}/`;
      const param = /\[(\w+)\]/.exec(route);
      if (!param) {
        if (!routes.has(href(`/${route}`))) routes.set(href(`/${route}`), {});
        continue;
      }
      if (f.endsWith('.astro')) continue; // record pages: added above from the registry
      // An endpoint per record, e.g. countries/[id]/press.xml: the segment before the parameter names the collection.
      const collection = route.slice(0, param.index).split('/').filter(Boolean).at(-1) as CollectionName;
      for (const id of ids.get(collection) ?? []) routes.set(href(`/${route.replace(param[0], id)}`), {});
    }
  }
  return routes;
}

interface LinkNode {
  type: string;
  url?: string;
  position?: { start: { line: number; column: number } };
}

/** The links and link definitions of a body that may point at this site, with their places in the body. */
export function bodyLinks(r: LoadedRecord): BodyLink[] {
  if (!r.body) return [];
  let tree;
  try {
    tree = parseBody(r.body.text, r.body.format) as never;
  } catch {
    return []; // lint-markdown reports the syntax error
  }
  const links: BodyLink[] = [];
  visit(tree as never, (node: LinkNode) => {
    if ((node.type !== 'link' && node.type !== 'definition') || !node.url) return;
    // Other sites, mail, and anything with a scheme (unsafe ones are refused by lint-markdown).
    if (/^[a-z][a-z0-9+.-]*:/i.test(node.url.trim()) || node.url.trim().startsWith('//')) return;
    links.push({ url: node.url, ...(node.position?.start ?? { line: 1, column: 1 }) });
  });
  return links;
}

/**
 * Every internal link in every body, resolved against the routes. `linksOf` gives a body's links (the linter's
 * cache passes those of unchanged files, so their bodies are not parsed again).
 */
export function lintInternalLinks(
  records: readonly LoadedRecord[],
  linksOf: (r: LoadedRecord) => readonly BodyLink[] = bodyLinks,
): Problem[] {
  const routes = siteRoutes(records);
  const pages = [...routes.keys()];
  const problems: Problem[] = [];
  for (const r of records) {
    if (!r.body) continue;
    const here = recordUrl(r.collection, r.id);
    if (!here) continue;
    for (const node of linksOf(r)) {
      const href = node.url.trim();
      const start = { line: node.line, column: node.column };
      const at = (message: string, fix: string) =>
        problems.push({ file: r.file, line: start.line + r.body!.firstLine - 1, column: start.column, message, fix });
      const url = new URL(href, ORIGIN + here);
      let path = decodeURIComponent(url.pathname);
      const anchor = decodeURIComponent(url.hash.slice(1));
      const relative = !href.startsWith('/');
      /** The target written the way the editor wrote the link: relative to this page, or from the site root. */
      const written = (target: string) =>
        relative ? (posix.relative(here, target) || '.') + (target.endsWith('/') ? '/' : '') : target;
      let route = routes.get(path);
      if (!route && !path.endsWith('/') && !/\.\w+$/.test(path) && routes.has(`${path}/`)) {
        at(
          `link to "${href}" has no trailing slash`,
          `write ${written(`${path}/`)}${url.hash} (every page address ends with "/")`,
        );
        path = `${path}/`;
        route = routes.get(path);
      }
      if (!route) {
        const guess = closest(path, pages);
        at(
          `link to "${href}" goes to ${path}, which is not a page of this site`,
          guess
            ? `did you mean ${written(guess)}${url.hash}? (${guess})`
            : 'link to a record by its id, e.g. ../md-2024-2027/ from another plan, or to a page listed in src/lib/urls.ts',
        );
        continue;
      }
      if (!relative) {
        at(
          `link to "${href}" starts at the site root, so it breaks when the site is served under a sub-path (BASE_PATH)`,
          `write it relative to this page: ${posix.relative(here, path) || '.'}${path.endsWith('/') ? '/' : ''}${url.hash}`,
        );
      }
      if (anchor && route.anchors) {
        if (route.anchors.has(anchor)) continue;
        const prefix = route.kind === 'paragraph' ? 'para-' : 'p-';
        if (!anchor.startsWith(prefix)) continue; // other anchors (headings, sections) are checked on the built pages
        const guess = closest(anchor, route.anchors);
        const list = [...route.anchors]
          .slice(0, 8)
          .map((a) => `#${a}`)
          .join(', ');
        at(
          `#${anchor} is not a ${route.kind} of ${path}`,
          `${guess ? `did you mean #${guess}? ` : ''}${route.anchors.size ? `the ${route.kind}s there are ${list}${route.anchors.size > 8 ? ', …' : ''}` : `that record lists no ${route.kind}s`}`,
        );
      }
    }
  }
  return problems;
}
