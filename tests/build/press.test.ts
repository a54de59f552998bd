// Press releases, people and feeds on the real builds (tests/global-setup.ts): root, sub-path and fixture corpus.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { contentRoot } from '../../src/lib/content-root.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { TEST_SITE_URL } from '../helpers/test-site.ts';
import { recordUrl } from '../../src/lib/urls.ts';
import { page } from '../helpers/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = inject('distDir');
const subDist = inject('subpathDistDir');
const subBase = inject('subpathBase');
const fixtureDist = inject('fixtureDistDir');
const { records } = loadContent(contentRoot(root), root);
/** The builds are made without SITE_URL unless the environment sets it. */
const ORIGIN = new URL(TEST_SITE_URL).origin;

type Press = {
  title: string;
  summary: string;
  date: string;
  countries?: string[];
  themes?: string[];
  people?: { person: string; role: string }[];
};
const press = records.filter((r) => r.collection === 'press').map((r) => ({ id: r.id, data: r.data as Press }));
const people = records
  .filter((r) => r.collection === 'people')
  .map((r) => ({ id: r.id, data: r.data as { name: string } }));

interface Item {
  title?: string;
  link?: string;
  guid?: string | { '#text': string };
  pubDate?: string;
  description?: string;
}
interface Channel {
  title?: string;
  link?: string;
  description?: string;
  item?: Item | Item[];
}

/** Every feed of a build: the main feed and the per-country and per-theme feeds. */
function feedFiles(distDir: string): string[] {
  const files = [join(distDir, 'press/feed.xml')];
  for (const section of ['countries', 'themes']) {
    const dir = join(distDir, section);
    for (const id of readdirSync(dir))
      if (existsSync(join(dir, id, 'press.xml'))) files.push(join(dir, id, 'press.xml'));
  }
  return files;
}

function readFeed(file: string) {
  const xml = readFileSync(file, 'utf8');
  const valid = XMLValidator.validate(xml);
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
  const channel = doc.rss?.channel as Channel;
  const items = channel?.item === undefined ? [] : Array.isArray(channel.item) ? channel.item : [channel.item];
  return { xml, valid, doc, channel, items };
}

function checkFeeds(distDir: string, base: string) {
  const prefix = `${ORIGIN}${base}`;
  const files = feedFiles(distDir);
  it('include the main feed, one per country and one per theme that has press', () => {
    const countries = new Set(press.flatMap((p) => p.data.countries ?? []));
    const themes = new Set(press.flatMap((p) => p.data.themes ?? []));
    expect(files).toContain(join(distDir, 'press/feed.xml'));
    for (const c of countries) expect(files).toContain(join(distDir, 'countries', c, 'press.xml'));
    for (const t of themes) expect(files).toContain(join(distDir, 'themes', t, 'press.xml'));
    expect(files.length).toBe(1 + countries.size + themes.size);
  });
  for (const file of files) {
    describe(file.slice(distDir.length), () => {
      const feed = readFeed(file);
      it('is well-formed RSS 2.0 with the required elements', () => {
        expect(feed.valid).toBe(true);
        expect(feed.doc.rss['@_version']).toBe('2.0');
        // The main feed, or one per country or theme: "… press releases on Moldova".
        expect(feed.channel.title).toMatch(/^THB Knowledge Base: press releases(?: on .+)?$/);
        expect(feed.channel.description).toMatch(
          /^Digests of press releases on combating trafficking in human beings.*, with links to the originals\.$/,
        );
        expect(feed.channel.link).toMatch(/^https?:\/\/[^/]+\//);
        expect(feed.items.length).toBeGreaterThan(0);
        for (const item of feed.items) {
          // Each item is one press record: its title, its summary first, its date and its page as a permanent id.
          const id = /\/press\/([^/]+)\/$/.exec(item.link ?? '')?.[1];
          const record = press.find((p) => p.id === id);
          expect(record, `${item.link}`).toBeDefined();
          expect(item.title).toBe(record!.data.title);
          expect(item.description!.startsWith(`${record!.data.summary} (`), item.link).toBe(true);
          expect(new Date(item.pubDate!).toISOString().slice(0, 10).startsWith(record!.data.date), item.link).toBe(
            true,
          );
          expect(typeof item.guid === 'string' ? item.guid : item.guid?.['#text']).toBe(item.link);
        }
      });
      it('uses absolute addresses under the site address and base path', () => {
        expect(feed.channel.link!.startsWith(prefix)).toBe(true);
        expect(feed.xml).toContain(`href="${prefix}${file.slice(distDir.length + 1).replace(/\\/g, '/')}"`);
        for (const item of feed.items) {
          expect(item.link!.startsWith(`${prefix}press/`)).toBe(true);
          expect(typeof item.guid === 'string' ? item.guid : item.guid!['#text']).toBe(item.link);
        }
      });
      it('lists items newest first', () => {
        const dates = feed.items.map((i) => Date.parse(i.pubDate!));
        expect(dates).toEqual([...dates].sort((a, b) => b - a));
      });
    });
  }
}

describe('press feeds at the domain root', () => {
  checkFeeds(dist, '/');
  it('carry every press release in the main feed', () => {
    const links = readFeed(join(dist, 'press/feed.xml')).items.map((i) => i.link);
    expect(links.length).toBe(press.length);
    for (const p of press) expect(links).toContain(`${ORIGIN}${recordUrl('press', p.id)}`);
  });
  it('give each country and theme feed exactly the releases about it', () => {
    for (const [section, field] of [
      ['countries', 'countries'],
      ['themes', 'themes'],
    ] as const) {
      for (const id of new Set(press.flatMap((p) => p.data[field] ?? []))) {
        const links = readFeed(join(dist, section, id, 'press.xml'))
          .items.map((i) => i.link)
          .sort();
        const expected = press
          .filter((p) => (p.data[field] ?? []).includes(id))
          .map((p) => `${ORIGIN}${recordUrl('press', p.id)}`)
          .sort();
        expect(links, `${section}/${id}`).toEqual(expected);
      }
    }
  });
  it('are announced in the head of their country and theme pages', () => {
    for (const [section, field] of [
      ['countries', 'countries'],
      ['themes', 'themes'],
    ] as const) {
      for (const id of new Set(press.flatMap((p) => p.data[field] ?? []))) {
        const p = page(dist, `/${section}/${id}/`);
        const alternates = p.dom
          .querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')
          .map((l) => l.getAttribute('href'));
        expect(alternates, `${section}/${id}`).toContain(`/${section}/${id}/press.xml`);
        expect(alternates).toContain('/press/feed.xml');
      }
    }
  });
});

describe('press feeds under a sub-path', () => {
  checkFeeds(subDist, subBase);
  it('are announced with the base path', () => {
    const c = press.flatMap((p) => p.data.countries ?? [])[0];
    if (!c) return;
    const p = page(subDist, `/countries/${c}/`);
    expect(p.dom.querySelector(`head link[rel="alternate"][href="${subBase}countries/${c}/press.xml"]`)).not.toBeNull();
  });
});

describe('people', () => {
  it('each have a page listing their statements in time order, with links to the releases', () => {
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      const p = page(dist, recordUrl('people', person.id)!);
      expect(p.dom.querySelector('h1')!.text).toBe(person.data.name);
      const items = p.dom.querySelectorAll('ol.statements > li');
      const named = press.filter((r) => (r.data.people ?? []).some((x) => x.person === person.id));
      expect(items.length, person.id).toBe(named.length);
      const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      expect(dates, person.id).toEqual([...dates].sort());
      const hrefs = items.map((li) => li.querySelector('a')!.getAttribute('href'));
      for (const r of named) expect(hrefs).toContain(recordUrl('press', r.id));
      expect(p.dom.querySelectorAll('ul.roles > li').length).toBeGreaterThan(0);
    }
  });
  it('are listed on /people/', () => {
    const hrefs = page(dist, '/people/')
      .dom.querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const person of people) expect(hrefs).toContain(recordUrl('people', person.id));
  });
  it('are linked from every press release that quotes them, under one "Speakers" heading', () => {
    for (const r of press) {
      const p = page(dist, recordUrl('press', r.id)!);
      const hrefs = p.dom.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      for (const x of r.data.people ?? []) expect(hrefs, r.id).toContain(recordUrl('people', x.person));
      const speakers = p.dom.querySelectorAll('main h2').filter((h) => h.text.trim() === 'Speakers');
      expect(speakers.length, r.id).toBe((r.data.people ?? []).length ? 1 : 0);
    }
  });
});

describe('the fixture corpus', () => {
  it('builds its press feed, its person page and the person link on its release', () => {
    const feed = readFeed(join(fixtureDist, 'press/feed.xml'));
    expect(feed.valid).toBe(true);
    expect(feed.items.length).toBeGreaterThan(0);
    expect(existsSync(join(fixtureDist, 'people/fixture-person/index.html'))).toBe(true);
    const release = page(fixtureDist, '/press/2021-11-16-fixture/');
    expect(release.dom.querySelector('a[href="/people/fixture-person/"]')).not.toBeNull();
  });
});
