// What the comparison pages need from the whole site: the latest plan of every country, the neighbour pairs,
// and each plan's facts with its country's Convention status and GRETA evaluation in words.
import { site, type Entry, type Site } from '../../lib/site';
import { latestPlans } from '../../lib/monitoring';
import { napFacts, neighbourPairs } from '../../lib/compare';
import { CETS_STATUS } from '../../lib/countries';
import { isParty } from '../../lib/convention';
import { formatPartialDate } from '../../lib/dates';
import { MONITORED_THEMES } from '../../schemas/naps';

export async function compareData() {
  const s = await site();
  const name = (id: string) => s.byId.countries.get(id)?.data.name ?? id;
  const latest = latestPlans(s.naps).sort((a, b) =>
    name(a.data.country.id).localeCompare(name(b.data.country.id), 'en'),
  );
  const pairs = neighbourPairs(latest.map((n) => n.data.country.id));
  return { s, name, latest, pairs };
}

export function factsOf(s: Site, n: Entry<'naps'>) {
  const c = s.byId.countries.get(n.data.country.id)!.data;
  const inForce = c.cets197.inForce?.date;
  const convention =
    CETS_STATUS[c.cets197.status] + (inForce ? `; in force for it since ${formatPartialDate(inForce)}` : '');
  const greta = isParty(c.cets197.status)
    ? `As a Party, evaluated in each GRETA round in turn with the other Parties (${s.rounds.length} rounds launched so far)`
    : 'Not evaluated by GRETA: not a Party';
  const themes = MONITORED_THEMES.map((t) => [t, s.byId.themes.get(t)?.data.label ?? t] as const);
  return napFacts(n, themes, convention, greta);
}
