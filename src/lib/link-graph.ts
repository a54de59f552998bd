/**
 * The link graph: every reference between records, both ways. Built once from the records' data,
 * it answers "what does this point to" and "what points to this" ("Referenced by").
 * References are found wherever they sit in a record: Astro's reference() leaves `{ collection, id }`.
 */
import type { CollectionName } from '../schemas/fields.ts';

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
}

export interface GraphInput {
  collection: CollectionName;
  id: string;
  data: unknown;
}

type Ref = { collection: CollectionName; id: string };
const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' && v !== null && typeof (v as Ref).collection === 'string' && typeof (v as Ref).id === 'string' && Object.keys(v).length === 2;
/** `{ commitment: ref, ref: "V.3" }`: a pointer to one provision. */
const isProvisionPointer = (v: unknown): v is { commitment: Ref; ref: string } =>
  typeof v === 'object' && v !== null && isRef((v as { commitment?: unknown }).commitment) && typeof (v as { ref?: unknown }).ref === 'string';

export const key = (e: Endpoint) => `${e.collection}/${e.id}`;

export class LinkGraph {
  private readonly out = new Map<string, Link[]>();
  private readonly in = new Map<string, Link[]>();

  constructor(records: Iterable<GraphInput>) {
    for (const r of records) this.walk(r.data, { collection: r.collection, id: r.id }, []);
  }

  private add(link: Link) {
    if (key(link.from) === key(link.to) && link.from.anchor === undefined) return;
    for (const [map, k] of [[this.out, key(link.from)], [this.in, key(link.to)]] as const) {
      const list = map.get(k) ?? [];
      list.push(link);
      map.set(k, list);
    }
  }

  private walk(value: unknown, from: Endpoint, path: string[]) {
    if (isRef(value)) return this.add({ from, to: { collection: value.collection, id: value.id }, field: path.join('.') });
    if (isProvisionPointer(value)) {
      return this.add({ from, to: { collection: 'commitments', id: value.commitment.id, anchor: value.ref }, field: path.join('.') });
    }
    if (Array.isArray(value)) return value.forEach((v) => this.walk(v, from, path));
    if (typeof value !== 'object' || value === null) return;
    for (const [k, v] of Object.entries(value)) {
      // A commitment's provisions are link sources of their own, so a backlink lands on the paragraph.
      if (from.collection === 'commitments' && k === 'provisions' && Array.isArray(v) && !from.anchor) {
        for (const p of v as { ref: string }[]) this.walk(p, { ...from, anchor: p.ref }, [...path, k]);
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
