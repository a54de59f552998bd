// The home page as the front door (one search box, figures from the records, the ways in, the newest records, what
// changed) and the country pages' summary card and locator map, on the real build.
import { contentRoot } from '../../src/lib/content-root.ts';
import { describe, expect, inject, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { paths } from '../../src/lib/urls.ts';
import { EXAMPLE_QUERIES } from '../../src/lib/home.ts';
import { LOCATOR_SIZE } from '../../src/lib/country-maps.ts';
import { isCurrent } from '../../src/lib/naps.ts';
import { page } from '../helpers/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = inject('distDir');
const { records } = loadContent(contentRoot(root), root);
const of = (collection: string) => records.filter((r) => r.collection === collection);
const naps = of('naps').map((r) => ({
  id: r.id,
  ...(r.data as { country: string; period: { from: number; to: number } }),
}));

describe('home page', () => {
  const home = page(dist, paths.home());
  const main = home.dom.querySelector('main')!;
  it('has one search box, first in the page, labelled with what it finds, and example queries as links', () => {
    const forms = home.dom.querySelectorAll('form[role="search"]');
    expect(forms).toHaveLength(1);
    expect(forms[0]!.getAttribute('action')).toBe(paths.search());
    expect(home.dom.querySelector('label[for="home-search"]')!.text).toBe(
      'Search by symbol, article, theme or country',
    );
    const examples = main.querySelectorAll('.home-examples a').map((a) => a.getAttribute('href'));
    expect(examples).toEqual(EXAMPLE_QUERIES.map((q) => paths.search(q)));
  });
  it('gives figures computed from the records, each linking to its list', () => {
    const figures = Object.fromEntries(
      main
        .querySelectorAll('.key-figures a')
        .map((a) => [a.getAttribute('href'), Number(a.querySelector('.figure-value')!.text)]),
    );
    expect(figures).toEqual({
      [paths.commitments()]: of('commitments').length,
      [paths.convention()]: of('convention').length,
      [paths.naps()]: new Set(naps.map((n) => n.country)).size,
      [paths.practices()]: of('practices').length,
      [paths.press()]: of('press').length,
    });
  });
  it('offers the instruments, the map of countries, every theme and the newest press releases', () => {
    const hrefs = main.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const href of [paths.convention(), paths.commitments(), paths.crosswalk(), paths.countries(), paths.themes()])
      expect(hrefs).toContain(href);
    expect(main.querySelectorAll('figure.map svg a').length).toBeGreaterThanOrEqual(58);
    for (const t of of('themes')) expect(hrefs, t.id).toContain(paths.theme(t.id));
    const newest = of('press')
      .map((r) => ({ id: r.id, date: (r.data as { date: string }).date }))
      .sort((a, b) => b.date.localeCompare(a.date))[0]!;
    expect(hrefs).toContain(paths.pressRelease(newest.id));
  });
  it('lists what changed recently with dates from the history, or leaves the list out', () => {
    const changes = main.querySelectorAll('.home-changes li');
    for (const li of changes) expect(li.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (!changes.length) expect(main.querySelector('#changes-title')).toBeNull();
  });
});

describe('country summary card', () => {
  it('Moldova: Party, its current plan with its period, GRETA, and a locator map framed in its view', () => {
    const p = page(dist, paths.country('md'));
    const card = p.dom.querySelector('.country-summary')!;
    const text = card.text.replace(/\s+/g, ' ');
    expect(text).toContain('Party (ratified)');
    expect(text).toContain('Member State');
    expect(text).toContain('1 February 2008');
    expect(text).toMatch(/Latest round: round \d/);
    const current = naps
      .filter((n) => n.country === 'md' && isCurrent(n.period))
      .sort((a, b) => b.period.from - a.period.from)[0];
    if (current) {
      expect(card.querySelector(`a[href="${paths.nap(current.id)}"]`)).not.toBeNull();
      expect(text).toContain(`${current.period.from}–${current.period.to}`);
      expect(p.dom.querySelector('.record-head .badges')!.text).toContain('Current plan');
    }
    const svg = card.querySelector('figure.map-locator svg')!;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${LOCATOR_SIZE.width} ${LOCATOR_SIZE.height}`);
    expect(svg.querySelector(`a[href="${paths.country('md')}"] path`)).not.toBeNull();
    expect(svg.querySelectorAll('.map-labels text').map((t) => t.text)).toEqual(
      expect.arrayContaining(['Moldova', 'Romania', 'Ukraine']),
    );
  });
  it('a country without a plan record says so in the card, with no rapporteur line', () => {
    const withPlan = new Set(naps.map((n) => n.country));
    const without =
      of('countries').find((c) => !withPlan.has(c.id) && c.id === 'li') ??
      of('countries').find((c) => !withPlan.has(c.id))!;
    const card = page(dist, paths.country(without.id)).dom.querySelector('.country-summary')!;
    expect(card.text).toContain('None documented here yet');
    expect(card.text).not.toContain('National rapporteur');
  });
  it('a State that is not a Party is not said to be evaluated by GRETA', () => {
    const other = of('countries').find(
      (c) => !['ratified', 'acceded'].includes((c.data as { cets197: { status: string } }).cets197.status),
    )!;
    const text = page(dist, paths.country(other.id)).dom.querySelector('.country-summary')!.text;
    expect(text).toContain('GRETA evaluates Parties only');
  });
});
