/**
 * The summary card of a country page and the themes its records touch: pure functions over the records' data,
 * so the unit tests and the page derive them the same way.
 */
import { isCurrent } from './naps.ts';
import { isParty } from './convention.ts';

/** A plan as the profile reads it. */
export interface ProfileNap {
  id: string;
  data: {
    title: string;
    period: { from: number; to: number };
    adopted?: string | undefined;
    rapporteur: { exists: string; independent: string; body?: string | undefined };
  };
}

export type PlanState = 'current' | 'expired' | 'future';

export interface PlanSummary<N extends ProfileNap = ProfileNap> {
  plan: N;
  state: PlanState;
}

/** The latest plan by period (the one that starts last, then ends last). */
export function latestPlan<N extends ProfileNap>(naps: readonly N[]): N | undefined {
  return [...naps].sort((a, b) => b.data.period.from - a.data.period.from || b.data.period.to - a.data.period.to)[0];
}

/**
 * The plan the card shows: the current one (the latest of them if periods overlap), else the latest, marked
 * expired when its period has ended or future when it has not begun.
 */
export function planSummary<N extends ProfileNap>(
  naps: readonly N[],
  today: Date = new Date(),
): PlanSummary<N> | undefined {
  const current = latestPlan(naps.filter((n) => isCurrent(n.data.period, today)));
  if (current) return { plan: current, state: 'current' };
  const latest = latestPlan(naps);
  if (!latest) return undefined;
  return { plan: latest, state: latest.data.period.to < today.getUTCFullYear() ? 'expired' : 'future' };
}

/** What the latest plan says of a national rapporteur or equivalent mechanism, in a few words. */
export function rapporteurSummary(naps: readonly ProfileNap[]): { text: string; plan: ProfileNap } | undefined {
  const plan = latestPlan(naps);
  if (!plan) return undefined;
  const r = plan.data.rapporteur;
  const independence = r.independent === 'yes' ? ', independent' : r.independent === 'no' ? ', not independent' : '';
  const text =
    r.exists === 'yes'
      ? `${r.body ?? 'Yes'}${independence}`
      : r.exists === 'no'
        ? "None, according to the latest plan's record"
        : 'Not known from the sources of the latest plan';
  return { text, plan };
}

/** A GRETA evaluation round as the card names it. */
export interface Round {
  id: string;
  data: { number: number; launched: string; focus: string };
}

/**
 * GRETA monitors the Parties only. For a Party: the rounds launched so far and the latest of them; for any other
 * State, nothing to list.
 */
export function gretaSummary<R extends Round>(
  status: Parameters<typeof isParty>[0],
  rounds: readonly R[],
): { party: boolean; rounds: R[]; latest: R | undefined } {
  const party = isParty(status);
  const sorted = party ? [...rounds].sort((a, b) => a.data.number - b.data.number) : [];
  return { party, rounds: sorted, latest: sorted.at(-1) };
}

/**
 * The themes a country's records touch: the themes its plans, practices and press releases link to, by id.
 * `outgoing` is the link graph's (or any function giving a record's links).
 */
export function countryThemes<E extends { collection: string; id: string }>(
  records: readonly E[],
  outgoing: (from: E) => readonly { to: { collection: string; id: string } }[],
): string[] {
  const ids = new Set<string>();
  for (const from of records) for (const l of outgoing(from)) if (l.to.collection === 'themes') ids.add(l.to.id);
  return [...ids].sort();
}

/**
 * The steps of a State's Convention status with their labels, in order, leaving out those not known. The deposit is
 * named after the status: a ratification, an accession, or either where the status does not say.
 */
export function conventionSteps<S>(c: {
  status?: string;
  signed?: S | undefined;
  deposited?: S | undefined;
  inForce?: S | undefined;
}): { key: 'signed' | 'deposited' | 'inForce'; label: string; step: S }[] {
  const deposit =
    c.status === 'ratified'
      ? 'Ratification deposited'
      : c.status === 'acceded'
        ? 'Accession deposited'
        : 'Ratification or accession deposited';
  const all = [
    { key: 'signed' as const, label: 'Signed', step: c.signed },
    { key: 'deposited' as const, label: deposit, step: c.deposited },
    { key: 'inForce' as const, label: 'In force for the country', step: c.inForce },
  ];
  return all.filter((s): s is typeof s & { step: S } => s.step !== undefined);
}
