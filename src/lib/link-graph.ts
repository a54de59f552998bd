/**
 * The link graph: every reference between records, both ways. Built once from the records' data,
 * it answers "what does this point to" and "what points to this" ("Referenced by").
 * References are found wherever they sit in a record: Astro's reference() leaves `{ collection, id }`.
 */
import type { CollectionName } from '../schemas/fields.ts';
import type { coverageStatuses } from '../schemas/naps.ts';

export interface Endpoint {
  collection: CollectionName;
  id: string;
  /** A provision ref inside a commitment, when the link starts or ends there. */
  anchor?: string;
}

export interface Link {
  from: Endpoint;
  to: Endpoint;
  /** The field that holds the link ("themes", "provisions.articles", "country"). */
  field: string;
  /** For a plan's coverage of a theme: how far the plan addresses it (only "addressed" and "partly" make a link). */
  coverage?: CountedCoverage;
}

/**
 * A National Action Plan lists every monitored theme in `coverage`, most of them as "unknown". Listing a theme is
 * not addressing it: only a plan that addresses a theme, fully or in part, links to it, so theme pages, counts,
 * "Referenced by" and search filters count only those. The rest is reported apart by `coverageOfTheme`.
 */
export const COUNTED_COVERAGE = ['addressed', 'partly'] as const;
export type CountedCoverage = (typeof COUNTED_COVERAGE)[number];
export type CoverageStatus = (typeof coverageStatuses)[number];
const counts = (status: unknown): status is CountedCoverage =>
  (COUNTED_COVERAGE as readonly unknown[]).includes(status);

export interface GraphInput {
  collection: CollectionName;
  id: string;
  data: unknown;
}

type Ref = { collection: CollectionName; id: string };
const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Ref).collection === 'string' &&
  typeof (v as Ref).id === 'string' &&
  Object.keys(v).length === 2;
/** `{ commitment: ref, ref: "V.3" }`: a pointer to one provision. */
const isProvisionPointer = (v: unknown): v is { commitment: Ref; ref: string } =>
  typeof v === 'object' &&
  v !== null &&
  isRef((v as { commitment?: unknown }).commitment) &&
  typeof (v as { ref?: unknown }).ref === 'string';

export const key = (e: Endpoint) => `${e.collection}/${e.id}`;

export class LinkGraph {
  private readonly out = new Map<string, Link[]>();
  private readonly in = new Map<string, Link[]>();

  constructor(records: Iterable<GraphInput>) {
    for (const r of records) this.walk(r.data, { collection: r.collection, id: r.id }, []);
  }

  private add(link: Link) {
    if (key(link.from) === key(link.to) && link.from.anchor === undefined) return;
    for (const [map, k] of [
      [this.out, key(link.from)],
      [this.in, key(link.to)],
    ] as const) {
      const list = map.get(k) ?? [];
      list.push(link);
      map.set(k, list);
    }
  }

  private walk(value: unknown, from: Endpoint, path: string[]) {
    if (isRef(value))
      return this.add({ from, to: { collection: value.collection, id: value.id }, field: path.join('.') });
    if (isProvisionPointer(value)) {
      return this.add({
        from,
        to: { collection: 'commitments', id: value.commitment.id, anchor: value.ref },
        field: path.join('.'),
      });
    }
    if (Array.isArray(value)) return value.forEach((v) => this.walk(v, from, path));
    if (typeof value !== 'object' || value === null) return;
    for (const [k, v] of Object.entries(value)) {
      // A commitment's provisions are link sources of their own, so a backlink lands on the paragraph.
      if (from.collection === 'commitments' && k === 'provisions' && Array.isArray(v) && !from.anchor) {
        for (const p of v as { ref: string }[]) this.walk(p, { ...from, anchor: p.ref }, [...path, k]);
      } else if (from.collection === 'naps' && k === 'coverage' && Array.isArray(v) && path.length === 0) {
        for (const c of v as { theme?: unknown; status?: unknown }[]) {
          if (isRef(c.theme) && counts(c.status))
            this.add({
              from,
              to: { collection: c.theme.collection, id: c.theme.id },
              field: 'coverage',
              coverage: c.status,
            });
        }
      } else {
        this.walk(v, from, [...path, k]);
      }
    }
  }

  /** Links that start at a record (or any of its provisions). */
  outgoing(target: Endpoint): Link[] {
    return this.out.get(key(target)) ?? [];
  }

  /** Links that end at a record (or any of its provisions), optionally from one collection only. */
  incoming(target: Endpoint, from?: CollectionName): Link[] {
    const links = this.in.get(key(target)) ?? [];
    return from ? links.filter((l) => l.from.collection === from) : links;
  }
}

/** A plan as `coverageOfTheme` reads it: its id and its coverage entries (theme as an id or a reference). */
export interface CoverageInput {
  id: string;
  data: { coverage?: readonly { theme: string | { id: string }; status: CoverageStatus }[] };
}

/**
 * How the plans cover one theme: the ids of the plans that address it, partly address it, do not address it,
 * and those for which no source says (a plan that does not list the theme at all counts as unknown).
 */
export function coverageOfTheme(naps: Iterable<CoverageInput>, theme: string): Record<CoverageStatus, string[]> {
  const out: Record<CoverageStatus, string[]> = { addressed: [], partly: [], 'not-addressed': [], unknown: [] };
  for (const n of naps) {
    const entry = n.data.coverage?.find((c) => (typeof c.theme === 'string' ? c.theme : c.theme.id) === theme);
    out[entry?.status ?? 'unknown'].push(n.id);
  }
  return out;
}
