/**
 * What /convention/ shows, computed from the records: the key facts in reading order, the Parties, the articles of
 * each chapter and the registry of the sources the page cites. The page only lays them out.
 */
import { formatPartialDate } from './dates.ts';
import { isParty } from './convention.ts';

/** Ids of the facts under "Key facts", in the order they are read (content/data/facts.yaml). */
export const KEY_FACT_IDS = [
  'adopted-by-committee-of-ministers',
  'opened-for-signature',
  'entry-into-force',
  'entry-into-force-condition',
  'entry-into-force-for-later-parties',
  'authentic-languages',
  'monitoring-bodies',
  'greta-size-and-term',
  'reservations-allowed',
  'open-to',
  'first-non-member-accession',
  'first-non-european-accession',
] as const;

interface Ref {
  id: string;
}
interface Fact {
  data: { sources: readonly Ref[] };
}
interface Round {
  data: { sources: readonly Ref[] };
}
interface Country {
  id: string;
  data: {
    name: string;
    coeMember: boolean;
    cets197: { status: Parameters<typeof isParty>[0]; sources?: readonly Ref[] | undefined };
  };
}
interface Article {
  data: { chapter: Ref };
}

/** The key facts that exist, in KEY_FACT_IDS order (a fact missing from the data is left out, not invented). */
export function keyFacts<F extends Fact>(factsById: ReadonlyMap<string, F>): F[] {
  return KEY_FACT_IDS.map((id) => factsById.get(id)).filter((f) => f !== undefined);
}

/** The Parties (ratified or acceded), in the order given, and how they split between Council of Europe members and others. */
export function conventionParties<C extends Country>(countries: readonly C[]) {
  const parties = countries.filter((c) => isParty(c.data.cets197.status));
  return {
    parties,
    members: parties.filter((p) => p.data.coeMember).length,
    nonMembers: parties.filter((p) => !p.data.coeMember),
  };
}

/** Ids of every source the page cites (facts, rounds, the Parties' dates), once each, sorted. */
export function citedSourceIds(
  facts: readonly Fact[],
  rounds: readonly Round[],
  parties: readonly Country[],
): string[] {
  const refs = [
    ...facts.flatMap((f) => f.data.sources),
    ...rounds.flatMap((r) => r.data.sources),
    ...parties.flatMap((p) => p.data.cets197.sources ?? []),
  ];
  return [...new Set(refs.map((r) => r.id))].sort();
}

/** The registry entries for `ids`, each with its id; a missing source is an error (references are checked before the build). */
export function sourceRegistry<D extends object>(sources: ReadonlyMap<string, { data: D }>, ids: readonly string[]) {
  return ids.map((id) => {
    const entry = sources.get(id);
    if (!entry) throw new Error(`No sources record "${id}"`);
    return { id, ...entry.data };
  });
}

/** The articles of each chapter id, in the order given. */
export function articlesByChapter<A extends Article>(articles: readonly A[]): Map<string, A[]> {
  const byChapter = new Map<string, A[]>();
  for (const a of articles) byChapter.set(a.data.chapter.id, [...(byChapter.get(a.data.chapter.id) ?? []), a]);
  return byChapter;
}

/** A fact's text with its ISO dates written out for readers ("2008-02-01" → "1 February 2008"). */
export function readableDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => formatPartialDate(d));
}

/** Source ids as they appear in brackets after a fact: upper case, comma-separated. */
export function sourceRefs(ids: readonly Ref[]): string {
  return ids.map((r) => r.id.toUpperCase()).join(', ');
}
