/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`, ADR 0015). A page whose
 * `getStaticPaths()` entry returns the same `cacheKey` as in the last build, and whose code did not change, is not
 * rendered again: its earlier output is copied. So a key must change whenever anything the page shows changes.
 *
 * Three rules, from the narrowest to the widest:
 *  - `recordFileKey`: a record's own JSON file (/naps/<id>.json) shows that record only.
 *  - `neighbourKey`: a record page of a collection that grows with the knowledge base (commitments, plans,
 *    practices, press) shows its record, the records it links to and the records that link to it (names in link
 *    lists, "Referenced by", good practices, the crosswalk), and the small collections every page reads
 *    (countries, themes, organisations, chapters, facts, rounds, sources, Convention articles, people). Its key
 *    covers exactly that: the record, every record one link away in either direction, and all the small ones.
 *  - `countryKey`: a country page shows the records one link away (its plans, practices, press releases, and what
 *    they link to: its themes) and, for "compare with", which countries have a plan: the neighbour rule plus the
 *    country of every plan.
 *  - `everythingKey`: any other record page (a theme, an organisation, a person) reads lists and counts over whole
 *    collections; its key covers every record, so it is rendered again whenever anything changes.
 * Every key also covers what a page reads besides the records (`keyEnvironment`): the site's code under src/ and
 * the config, the repository links (REPO_URL, REPO_BRANCH), the content folder, the current year (plan status),
 * and the page's own "Last updated" date from the git history. Pages without a key are rendered on every build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames, type CollectionName } from '../schemas/fields.ts';
import { contentRoot } from './content-root.ts';
import { historyStatus } from './git-dates.ts';
import type { Endpoint, Link } from './link-graph.ts';
import { recordSource } from './record-source.ts';
import { repoFromEnv } from './repo.ts';

/** Collections that grow with the knowledge base: their pages get the neighbour rule. */
export const GROWING_COLLECTIONS = [
  'commitments',
  'naps',
  'practices',
  'press',
] as const satisfies readonly CollectionName[];
type Growing = (typeof GROWING_COLLECTIONS)[number];
const isGrowing = (c: CollectionName): c is Growing => (GROWING_COLLECTIONS as readonly string[]).includes(c);

interface KeyRecord {
  id: string;
  data: unknown;
  body?: string | undefined;
}
/** What the keys read of the site (src/lib/site.ts gives all of it): every collection's records and the link graph. */
export type KeySite = Readonly<Record<CollectionName, readonly KeyRecord[]>> & {
  graph: { outgoing(target: Endpoint): Link[]; incoming(target: Endpoint): Link[] };
};

const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** A record's digest: its collection, id, data (references and dates included) and Markdown body. */
export function recordDigest(collection: CollectionName, record: KeyRecord): string {
  return sha(collection, record.id, JSON.stringify(record.data) ?? '', record.body ?? '');
}

/** Every file under `dir`, sorted, with its content. */
function* filesUnder(dir: string): Generator<[string, Buffer]> {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isFile()) yield [name, readFileSync(path)];
  }
}

/** Digest of the site's own code and config: any change to them renders every page again. */
export function codeDigest(projectRoot: string): string {
  const h = createHash('sha256');
  for (const [name, content] of filesUnder(join(projectRoot, 'src'))) h.update(name).update('\0').update(content);
  for (const name of ['astro.config.mjs', 'package-lock.json'])
    try {
      h.update(name)
        .update('\0')
        .update(readFileSync(join(projectRoot, name)));
    } catch {
      // not there: nothing to cover
    }
  return h.digest('hex');
}

export interface KeyEnvironmentInput {
  projectRoot: string;
  env: Record<string, string | undefined>;
  today: Date;
  /** The code digest; computed from `projectRoot` when left out. */
  code?: string;
}

/** Everything a page reads besides the records (see the module comment). */
export function keyEnvironment({ projectRoot, env, today, code }: KeyEnvironmentInput): string {
  return sha(
    'kb-page-keys/1',
    code ?? codeDigest(projectRoot),
    JSON.stringify(repoFromEnv(env) ?? null),
    contentRoot(projectRoot),
    historyStatus(projectRoot),
    String(today.getUTCFullYear()),
  );
}

interface Digests {
  environment: string;
  byKey: Map<string, string>;
  /** Every plan and the country it belongs to. */
  planCountries: string;
  /** The small collections, every page reads them. */
  shared: string;
  /** Every record. */
  everything: string;
}

const memo = new WeakMap<object, Digests>();
let defaultEnvironment: string | undefined;

/** The digests of one site, computed once (the site is loaded once per build). */
function digestsOf(s: KeySite, environment?: string): Digests {
  const hit = memo.get(s);
  if (hit && (environment === undefined || hit.environment === environment)) return hit;
  const env =
    environment ??
    (defaultEnvironment ??= keyEnvironment({ projectRoot: process.cwd(), env: process.env, today: new Date() }));
  const byKey = new Map<string, string>();
  const shared = createHash('sha256').update(env);
  const everything = createHash('sha256').update(env);
  for (const c of collectionNames) {
    for (const r of s[c]) {
      const d = recordDigest(c, r);
      byKey.set(`${c}/${r.id}`, d);
      if (!isGrowing(c)) shared.update(`${c}/${r.id}:${d}\n`);
      everything.update(`${c}/${r.id}:${d}\n`);
    }
  }
  const planCountries = sha(
    ...s.naps.map((n) => `${n.id}>${(n.data as { country?: { id?: string } } | undefined)?.country?.id ?? ''}`).sort(),
  );
  const digests = {
    environment: env,
    byKey,
    planCountries,
    shared: shared.digest('hex'),
    everything: everything.digest('hex'),
  };
  memo.set(s, digests);
  return digests;
}

/** The page's own "Last updated" date and edit links, as EditLinks shows them. */
const ownSource = (collection: CollectionName, id: string) => JSON.stringify(recordSource(collection, id) ?? null);

/** Records one link away from a record, in either direction, as `collection/id` (provisions count as their document). */
export function neighbours(s: KeySite, target: Endpoint): string[] {
  const self = `${target.collection}/${target.id}`;
  const keys = new Set<string>();
  for (const l of s.graph.outgoing(target)) keys.add(`${l.to.collection}/${l.to.id}`);
  for (const l of s.graph.incoming(target)) keys.add(`${l.from.collection}/${l.from.id}`);
  keys.delete(self);
  return [...keys].sort();
}

/** The key of a record page by the neighbour rule (see the module comment). */
export function neighbourKey(s: KeySite, collection: CollectionName, id: string, environment?: string): string {
  const d = digestsOf(s, environment);
  const near = neighbours(s, { collection, id }).map((k) => `${k}:${d.byKey.get(k) ?? 'missing'}`);
  return sha(
    'neighbours',
    d.shared,
    d.byKey.get(`${collection}/${id}`) ?? 'missing',
    ownSource(collection, id),
    ...near,
  );
}

/** The key of a country page: the neighbour rule, plus which countries have a plan (see the module comment). */
export function countryKey(s: KeySite, id: string, environment?: string): string {
  const d = digestsOf(s, environment);
  return sha('country', d.planCountries, neighbourKey(s, 'countries', id, environment));
}

/** The key of a page that reads whole collections: changes with any record. */
export function everythingKey(s: KeySite, collection: CollectionName, id: string, environment?: string): string {
  return sha('everything', digestsOf(s, environment).everything, ownSource(collection, id));
}

/** The key of a record page: the neighbour rule for the growing collections, the country rule, or every record. */
export function recordPageKey(s: KeySite, collection: CollectionName, id: string, environment?: string): string {
  if (isGrowing(collection)) return neighbourKey(s, collection, id, environment);
  if (collection === 'countries') return countryKey(s, id, environment);
  return everythingKey(s, collection, id, environment);
}

/** The key of a record's own JSON file: the record and the environment only. */
export function recordFileKey(s: KeySite, collection: CollectionName, id: string, environment?: string): string {
  const d = digestsOf(s, environment);
  return sha('record-file', d.environment, d.byKey.get(`${collection}/${id}`) ?? 'missing');
}
