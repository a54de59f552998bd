/**
 * What the search index knows of each record beyond its text: filters (type, country, theme, organisation,
 * year, exact-match keys), metadata for the result line (symbol or citation, date, country), and the date
 * sort key, which every record has so none drops out of a sorted list. Derived from the records and
 * the link graph; rendered by components/SearchData.astro.
 */
import type { Endpoint } from '../link-graph.ts';
import { collectionLabels, get, type Site } from '../site.ts';
import { articleShortCitation } from '../citations.ts';
import { formatPartialDate } from '../dates.ts';
import { isPartialDate } from '../../schemas/fields.ts';
import { articleKey, normalise } from './keys.ts';
import type { FilterName } from './facets-names.ts';
import { ACTOR_KIND_LABELS, SECTOR_LABELS } from '../../schemas/practice-vocab.ts';
import { actorKindsOf } from '../practices.ts';

/** The fact that dates every article: the Convention's adoption by the Committee of Ministers (content/data/convention-facts.yaml). */
const ADOPTION_FACT = 'adopted-by-committee-of-ministers';
/** Sort key of records that have no date: they come last when sorting newest first. */
export const UNDATED = '0000';

export interface Facets {
  filters: Record<FilterName | 'key', string[]>;
  meta: Record<string, string>;
  sortDate: string;
}

export function facetsFor(s: Site, target: Endpoint): Facets {
  const linked = (c: 'countries' | 'themes' | 'organisations') => [
    ...new Set(
      s.graph
        .outgoing(target)
        .filter((l) => l.to.collection === c)
        .map((l) => l.to.id),
    ),
  ];
  const countries = linked('countries').map((id) => get(s, 'countries', id).data.name);
  const themes = linked('themes').map((id) => get(s, 'themes', id).data.label);
  const organisations = linked('organisations').map((id) => get(s, 'organisations', id).data.name);
  const keys: string[] = [];
  const actors: string[] = [];
  const sectors: string[] = [];
  const meta: Record<string, string> = { type: collectionLabels[target.collection].one };
  let date: string | undefined;

  switch (target.collection) {
    case 'convention': {
      const a = get(s, 'convention', target.id).data;
      keys.push(articleKey(a.number));
      meta.subject = a.title;
      meta.citation = articleShortCitation(a.number);
      const adopted = s.byId.facts.get(ADOPTION_FACT)?.data.value.slice(0, 10);
      date = adopted && isPartialDate(adopted) ? adopted : undefined;
      break;
    }
    case 'commitments': {
      const c = get(s, 'commitments', target.id).data;
      if (c.symbol) {
        keys.push(normalise(c.symbol));
        meta.citation = c.symbol;
      }
      meta.subject = c.title;
      date = c.adopted;
      break;
    }
    case 'naps': {
      const n = get(s, 'naps', target.id).data;
      meta.citation = `${n.period.from}–${n.period.to}`;
      date = n.adopted ?? String(n.period.from);
      break;
    }
    case 'practices': {
      const entry = get(s, 'practices', target.id);
      const p = entry.data;
      if (p.period) date = String(p.period.from);
      actors.push(...actorKindsOf(entry).map((k) => ACTOR_KIND_LABELS[k]));
      sectors.push(...p.sectors.map((x) => SECTOR_LABELS[x]));
      break;
    }
    case 'press':
      date = get(s, 'press', target.id).data.date;
      break;
    case 'countries': {
      const c = get(s, 'countries', target.id).data;
      keys.push(normalise(c.name), target.id, c.iso3.toLowerCase(), ...(c.coeName ? [normalise(c.coeName)] : []));
      countries.push(c.name);
      meta.citation = `${target.id.toUpperCase()} · ${c.iso3}`;
      break;
    }
    case 'themes': {
      const t = get(s, 'themes', target.id).data;
      keys.push(normalise(t.label), normalise(target.id));
      meta.subject = t.label;
      themes.push(t.label);
      break;
    }
    case 'organisations': {
      const o = get(s, 'organisations', target.id).data;
      keys.push(normalise(o.name), ...(o.acronym ? [normalise(o.acronym)] : []));
      organisations.push(o.name);
      break;
    }
  }
  if (date) meta.date = formatPartialDate(date);
  if (countries.length) meta.country = countries.join(', ');
  return {
    filters: {
      type: [meta.type!],
      country: countries,
      theme: themes,
      organisation: organisations,
      actor: actors,
      sector: sectors,
      year: date ? [date.slice(0, 4)] : [],
      key: [...new Set(keys)],
    },
    meta,
    sortDate: date ?? UNDATED,
  };
}
