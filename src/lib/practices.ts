/**
 * Good practices as the catalogue and the cross pages show them: one card per practice (country, actor kinds,
 * themes, status, summary), groups by theme and by country, and the practices that point at a record.
 * Plain data in, plain data out (no astro:content), so it is unit-tested without a build.
 */
import type { Endpoint } from './link-graph.ts';
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  type ActorKind,
  PRACTICE_STATUS_LABELS,
  type PracticeStatus,
  SECTOR_LABELS,
  type Sector,
} from '../schemas/practice-vocab.ts';

type Ref = { id: string };

/** What the catalogue needs of a practice record: its id and the fields of its data that cards show. */
export interface PracticeInput {
  id: string;
  data: {
    title: string;
    summary: string;
    countries: Ref[];
    themes: Ref[];
    actors: { name: string; kind: ActorKind }[];
    sectors?: Sector[];
    status: PracticeStatus;
  };
}

export interface Labelled {
  id: string;
  label: string;
}

export interface PracticeCard {
  id: string;
  title: string;
  summary: string;
  countries: Labelled[];
  themes: Labelled[];
  /** Kinds of the bodies that run it, each once, in the vocabulary's order. */
  actorKinds: Labelled[];
  sectors: Labelled[];
  status: Labelled;
}

export interface PracticeGroup {
  /** The theme or country id; also the in-page anchor. */
  id: string;
  label: string;
  practices: PracticeCard[];
}

/** Names of the records a practice points to: theme labels and country names by id. */
export interface PracticeLabels {
  theme: (id: string) => string;
  country: (id: string) => string;
}

const byLabel = (a: Labelled, b: Labelled) => a.label.localeCompare(b.label, 'en');

/** The distinct actor kinds of a practice, in the order of the vocabulary. */
export function actorKindsOf(p: PracticeInput): ActorKind[] {
  const kinds = new Set(p.data.actors.map((a) => a.kind));
  return ACTOR_KINDS.filter((k) => kinds.has(k));
}

export function practiceCard(p: PracticeInput, labels: PracticeLabels): PracticeCard {
  return {
    id: p.id,
    title: p.data.title,
    summary: p.data.summary,
    countries: p.data.countries.map((c) => ({ id: c.id, label: labels.country(c.id) })),
    themes: p.data.themes.map((t) => ({ id: t.id, label: labels.theme(t.id) })),
    actorKinds: actorKindsOf(p).map((k) => ({ id: k, label: ACTOR_KIND_LABELS[k] })),
    sectors: (p.data.sectors ?? []).map((s) => ({ id: s, label: SECTOR_LABELS[s] })),
    status: { id: p.data.status, label: PRACTICE_STATUS_LABELS[p.data.status] },
  };
}

/**
 * Practices grouped by their themes or their countries: one group per theme (or country) that has at least
 * one practice, groups by label, practices by title inside each. A practice appears in each of its groups.
 */
export function groupPractices(
  practices: PracticeInput[],
  by: 'themes' | 'countries',
  labels: PracticeLabels,
): PracticeGroup[] {
  const groups = new Map<string, PracticeGroup>();
  for (const p of practices) {
    const card = practiceCard(p, labels);
    for (const g of by === 'themes' ? card.themes : card.countries) {
      const group = groups.get(g.id) ?? { id: g.id, label: g.label, practices: [] };
      if (!group.practices.some((c) => c.id === card.id)) group.practices.push(card);
      groups.set(g.id, group);
    }
  }
  const sorted = [...groups.values()].sort(byLabel);
  for (const g of sorted) g.practices.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return sorted;
}

/** Up to this many practices, a record's "Good practices" list gives each one's summary; longer lists give titles only. */
export const PRACTICE_SUMMARIES_UP_TO = 12;

/** The ids of practices that point at a record (or any provision of it), each once, in the order given. */
export function practiceIdsFor(incoming: { from: Endpoint }[], order: string[]): string[] {
  const ids = new Set(incoming.filter((l) => l.from.collection === 'practices').map((l) => l.from.id));
  return order.filter((id) => ids.has(id));
}
