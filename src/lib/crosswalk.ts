/** The crosswalk: every link from an OSCE provision to a Convention article, grouped by theme and by article. */
import { get, type Site } from './site.ts';

export interface CrosswalkLink {
  commitment: string;
  ref: string;
  article: string;
  themes: string[];
}

export function crosswalkLinks(s: Site): CrosswalkLink[] {
  const links: CrosswalkLink[] = [];
  for (const c of s.commitments) {
    for (const p of c.data.provisions) {
      for (const a of p.articles) links.push({ commitment: c.id, ref: p.ref, article: a.article.id, themes: p.themes.map((t) => t.id) });
    }
  }
  return links;
}

/** Links grouped by theme (a link with several themes shows under each; none: under "no theme"). */
export function byTheme(s: Site, links: CrosswalkLink[]) {
  const groups = s.themes
    .map((t) => ({ theme: t.id, label: t.data.label, links: links.filter((l) => l.themes.includes(t.id)) }))
    .filter((g) => g.links.length);
  const untagged = links.filter((l) => !l.themes.length);
  return untagged.length ? [...groups, { theme: undefined, label: 'Provisions with no theme yet', links: untagged }] : groups;
}

/** Links grouped by article, in article order. */
export function byArticle(s: Site, links: CrosswalkLink[]) {
  return s.convention
    .map((a) => ({ article: a.id, number: a.data.number, title: a.data.title, links: links.filter((l) => l.article === a.id) }))
    .filter((g) => g.links.length);
}

export function provisionLabel(s: Site, l: CrosswalkLink): string {
  const c = get(s, 'commitments', l.commitment).data;
  return `${c.symbol ?? c.title}, ${l.ref}`;
}
