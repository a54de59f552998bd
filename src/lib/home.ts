/**
 * The home page's numbers and lists: key figures, themes by group, the newest press releases and practices, and
 * what changed recently. Pure functions over the records' data, so the unit tests and the page agree.
 */
import { comparePartialDates } from './dates.ts';
import { themeGroups } from '../schemas/themes.ts';

type Ref = string | { id: string };
const idOf = (r: Ref) => (typeof r === 'string' ? r : r.id);

export interface HomeRecords {
  convention: readonly unknown[];
  commitments: readonly unknown[];
  naps: readonly { data: { country: Ref } }[];
  practices: readonly unknown[];
  press: readonly unknown[];
}

export interface KeyFigure {
  key: 'commitments' | 'convention' | 'countries' | 'practices' | 'press';
  value: number;
  label: string;
}

/** The figures under the search box: OSCE documents, Convention articles, countries with a plan, practices, press releases. */
export function keyFigures(r: HomeRecords): KeyFigure[] {
  const countries = new Set(r.naps.map((n) => idOf(n.data.country))).size;
  const figure = (key: KeyFigure['key'], value: number, one: string, many: string): KeyFigure => ({
    key,
    value,
    label: value === 1 ? one : many,
  });
  return [
    figure('commitments', r.commitments.length, 'OSCE document', 'OSCE documents'),
    figure('convention', r.convention.length, 'Convention article', 'Convention articles'),
    figure('countries', countries, 'country with a National Action Plan', 'countries with a National Action Plan'),
    figure('practices', r.practices.length, 'good practice', 'good practices'),
    figure('press', r.press.length, 'press release', 'press releases'),
  ];
}

type Group = (typeof themeGroups)[number];

/** Themes in the order of their groups (the four Ps, cross-cutting, emerging), each group sorted by label; empty groups left out. */
export function themesByGroup<T extends { id: string; data: { label: string; group: Group } }>(
  themes: readonly T[],
): { group: Group; themes: T[] }[] {
  return themeGroups
    .map((group) => ({
      group,
      themes: themes
        .filter((t) => t.data.group === group)
        .sort((a, b) => a.data.label.localeCompare(b.data.label, 'en')),
    }))
    .filter((g) => g.themes.length > 0);
}

/** The newest press releases, by date (partial dates sort as themselves), then by title. */
export function newestPress<P extends { data: { date: string; title: string } }>(press: readonly P[], n = 4): P[] {
  return [...press]
    .sort((a, b) => comparePartialDates(b.data.date, a.data.date) || a.data.title.localeCompare(b.data.title, 'en'))
    .slice(0, n);
}

/** The practices that began last (by the first year of their period; those without one last), then by title. */
export function newestPractices<
  P extends { data: { title: string; period?: { from?: number | undefined } | undefined } },
>(practices: readonly P[], n = 4): P[] {
  const start = (p: P) => p.data.period?.from ?? -Infinity;
  return [...practices]
    .sort((a, b) => start(b) - start(a) || a.data.title.localeCompare(b.data.title, 'en'))
    .slice(0, n);
}

export interface Change {
  collection: string;
  id: string;
  title: string;
  href: string;
  updated?: string | undefined;
}

/**
 * The records changed last, from their files' git history (newest first; on the same day, by title). Empty when the
 * build has no history to read (a shallow clone, no git): the page then leaves the list out.
 */
export function recentChanges<C extends Change>(records: readonly C[], n = 6): (C & { updated: string })[] {
  return records
    .filter((r): r is C & { updated: string } => typeof r.updated === 'string' && r.updated.length > 0)
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'en'))
    .slice(0, n);
}

/** Example queries under the search box: a symbol, an article, a theme, a country. */
export const EXAMPLE_QUERIES = ['MC.DEC/6/17', 'Article 26', 'non-punishment', 'Moldova'] as const;
