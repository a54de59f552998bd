/**
 * The content linter's per-file cache: what the linter found in one file (Markdown policy, reader words, own
 * words) and the links its body makes, keyed by the file's path and content hash, under the linter's version.
 * An unchanged file is not parsed again; the rules across records (schemas, references, uniqueness, internal
 * links) still run over every record each time, from these cached links.
 *
 * The linter's version is a hash of the files its per-file results depend on (this directory, the MDX component
 * policy, the locked package versions, the fingerprints of official texts): change any of them and every file
 * is checked afresh. One cache file per content directory, holding only the files of its last run, so the cache
 * never grows beyond the content it checks. A cache that cannot be read is ignored; one that cannot be written
 * costs the next run its speed, never its correctness.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from './problems.ts';

/** An internal-link candidate of a body: its address and where it stands in the body (body lines, 1-based). */
export interface BodyLink {
  url: string;
  line: number;
  column: number;
}

/** Everything the linter keeps of one file between runs. */
export interface FileResult {
  /** Problems found in this file alone. */
  problems: Problem[];
  /** Links of each record body in this file, by record id, for the internal-links rule. */
  links: Record<string, BodyLink[]>;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Where the cache lives: `<KB_CACHE_DIR>/kb-content-check`, or node_modules/.cache/kb-content-check. */
export function defaultCacheDir(projectRoot: string): string {
  return process.env.KB_CACHE_DIR
    ? join(resolve(projectRoot, process.env.KB_CACHE_DIR), 'kb-content-check')
    : join(projectRoot, 'node_modules/.cache/kb-content-check');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/**
 * The linter's version: a hash of its own source files, the MDX policy, the package lock (parser versions) and
 * the fingerprints' size and date (they are large, and replaced rather than edited).
 */
export function linterVersion(projectRoot: string, extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  const here = import.meta.dirname;
  const sources = [
    ...filesUnder(here),
    resolve(here, '../../schemas/mdx-policy.ts'),
    resolve(projectRoot, 'package-lock.json'),
  ];
  for (const file of sources) {
    hash.update(`${file}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  for (const file of extra) {
    hash.update(`${file}\0`);
    if (existsSync(file)) {
      const s = statSync(file);
      hash.update(`${s.size}:${s.mtimeMs}`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export class ContentCheckCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly previous: Map<string, FileResult>;
  private readonly next = new Map<string, FileResult>();
  private readonly path: string;
  private readonly dir: string;
  private readonly version: string;

  /**
   * @param dir the cache directory
   * @param contentRoot the content directory checked (one cache file per content directory)
   * @param version the linter's version (`linterVersion`)
   */
  constructor(dir: string, contentRoot: string, version: string) {
    this.dir = dir;
    this.version = version;
    this.path = join(dir, `${sha(resolve(contentRoot)).slice(0, 16)}.json`);
    this.previous = new Map();
    try {
      const stored = JSON.parse(readFileSync(this.path, 'utf8')) as {
        version?: string;
        files?: Record<string, FileResult>;
      };
      if (stored.version === version && stored.files)
        for (const [k, v] of Object.entries(stored.files)) this.previous.set(k, v);
    } catch {
      // no cache yet, or one that cannot be read: every file is checked
    }
  }

  private static key(file: string, source: string): string {
    return sha(`${file}\0${source}`);
  }

  /** The stored result of this file with exactly this content, if any. */
  get(file: string, source: string): FileResult | undefined {
    const key = ContentCheckCache.key(file, source);
    const hit = this.previous.get(key);
    if (hit) {
      this.stats.hits++;
      this.next.set(key, hit);
    } else this.stats.misses++;
    return hit;
  }

  set(file: string, source: string, result: FileResult): void {
    this.next.set(ContentCheckCache.key(file, source), result);
  }

  /** Writes the results of this run (and only these) for the next one. */
  save(): void {
    const tmp = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify({ version: this.version, files: Object.fromEntries(this.next) }));
      renameSync(tmp, this.path);
    } catch {
      // a read-only or full disk: the next run checks every file again
      rmSync(tmp, { force: true });
    }
  }
}
