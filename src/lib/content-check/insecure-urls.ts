/** Source and link addresses must be https://, except on the hosts of http-hosts.ts. */
import { HTTP_ONLY_HOSTS } from './http-hosts.ts';
import type { LoadedRecord } from './load.ts';
import type { Problem } from './problems.ts';

const HTTP = /^http:\/\/([^/?#:]+)/i;
/** Markdown links and autolinks to http:// addresses in a body. */
const BODY_HTTP = /\]\(\s*<?(http:\/\/[^\s)>]+)|<(http:\/\/[^\s>]+)>|^\s*\[[^\]]+\]:\s*<?(http:\/\/\S+?)>?\s*$/gim;

function message(url: string): Pick<Problem, 'message' | 'fix'> {
  return {
    message: `"${url.slice(0, 60)}" is a plain http:// address`,
    fix: `write it with https:// (the address of the same page over https); only hosts listed with a reason in src/lib/content-check/http-hosts.ts may stay http:// (${Object.keys(HTTP_ONLY_HOSTS).length ? Object.keys(HTTP_ONLY_HOSTS).join(', ') : 'none today'})`,
  };
}

function allowed(url: string): boolean {
  const host = HTTP.exec(url)?.[1]?.toLowerCase();
  return host === undefined || host in HTTP_ONLY_HOSTS;
}

function walk(value: unknown, path: PropertyKey[], found: { path: PropertyKey[]; url: string }[]) {
  if (typeof value === 'string') {
    if (HTTP.test(value.trim()) && !allowed(value.trim())) found.push({ path, url: value.trim() });
  } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], found));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], found);
  }
}

export function insecureUrlProblems(record: LoadedRecord): Problem[] {
  const problems: Problem[] = [];
  const found: { path: PropertyKey[]; url: string }[] = [];
  walk(record.data, [], found);
  for (const f of found) {
    problems.push({ file: record.file, ...record.locate(f.path), field: f.path.join('.'), ...message(f.url) });
  }
  if (record.body) {
    const lines = record.body.text.split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(BODY_HTTP)) {
        const url = m[1] ?? m[2] ?? m[3] ?? '';
        if (allowed(url)) continue;
        problems.push({ file: record.file, line: record.body!.firstLine + i, column: m.index + 1, ...message(url) });
      }
    });
  }
  return problems;
}
