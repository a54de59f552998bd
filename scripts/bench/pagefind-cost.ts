/**
 * What our search configuration costs Pagefind: the built pages indexed as they are (filters, metadata, sort
 * keys, weighted hidden keys such as commitment symbols) against a plain index of the same pages with those
 * removed. Same pages, same Pagefind, in this process, one after the other; times include writing the index.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';

export interface PagefindCost {
  ours: { seconds: number; bytes: number; pages: number };
  plain: { seconds: number; bytes: number; pages: number };
}

/** The page without what only our configuration adds: filter/meta/sort elements and weights. */
export function plainPage(html: string): string {
  return html
    .replace(/<(\w+)[^>]*\sdata-pagefind-(?:filter|meta|sort)=[^>]*>[^<]*<\/\1>/g, '')
    .replace(/\sdata-pagefind-(?:filter|meta|sort|weight)(?:="[^"]*")?/g, '');
}

function size(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    try {
      return n + readFileSync(join(dir, f)).length;
    } catch {
      return n;
    }
  }, 0);
}

async function indexPages(pages: { path: string; html: string }[], outDir: string) {
  rmSync(outDir, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  for (let i = 0; i < pages.length; i += 32) {
    await Promise.all(
      pages.slice(i, i + 32).map(async (p) => {
        const r = await index.addHTMLFile({ sourcePath: p.path, content: p.html });
        if (!r.errors.length) count++;
      }),
    );
  }
  await index.writeFiles({ outputPath: outDir });
  await pagefind.close();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, bytes: size(outDir), pages: count };
}

export async function pagefindCost(dist: string, work: string): Promise<PagefindCost> {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .sort()
    .map((f) => ({ path: f.split(sep).join('/'), html: readFileSync(join(dist, f), 'utf8') }));
  const ours = await indexPages(pages, join(work, 'ours'));
  const plain = await indexPages(
    pages.map((p) => ({ ...p, html: plainPage(p.html) })),
    join(work, 'plain'),
  );
  return { ours, plain };
}
