// Press feeds and person pages: the pure helpers behind them (no build).
import { describe, expect, it } from 'vitest';
import { absoluteUrl, feedItems, pubDateOf } from '../../src/lib/feeds.ts';
import { formatPeriod, statementsOf } from '../../src/lib/people.ts';
import { personSchema } from '../../src/schemas/people.ts';
import { z } from 'astro/zod';

const release = (
  id: string,
  date: string,
  people: { person: { id: string }; role: string }[] = [],
  themes: string[] = [],
) => ({
  id,
  data: { title: `Release ${id}`, date, summary: `Summary of ${id}.`, people, themes: themes.map((t) => ({ id: t })) },
});

describe('feed addresses', () => {
  it('are absolute, built from the site address and a path that carries the base path', () => {
    expect(absoluteUrl('/press/x/', new URL('https://example.org'))).toBe('https://example.org/press/x/');
    expect(absoluteUrl('/kb/press/x/', 'https://example.org')).toBe('https://example.org/kb/press/x/');
    expect(absoluteUrl('/kb/press/feed.xml', 'https://example.org/kb/')).toBe('https://example.org/kb/press/feed.xml');
  });
  it('fall back to the local address when no site address is set', () => {
    expect(() => absoluteUrl('/press/', undefined)).toThrow(/SITE_URL is not set/);
  });
});

describe('feed items', () => {
  const press = [
    release('b', '2019-11-26', [], ['t1']),
    release('a', '2021-11-16'),
    release('c', '2019-11-26'),
    release('d', '2020'),
  ];
  const items = feedItems(
    press,
    'https://example.org',
    (id) => `/kb/press/${id}/`,
    (id) => `Theme ${id}`,
  );
  it('come newest first, ties in a stable order', () => {
    expect(items.map((i) => i.link)).toEqual([
      'https://example.org/kb/press/a/',
      'https://example.org/kb/press/d/',
      'https://example.org/kb/press/b/',
      'https://example.org/kb/press/c/',
    ]);
  });
  it('carry the date, the summary and the theme labels', () => {
    expect(items[2]!.pubDate.toISOString()).toBe('2019-11-26T00:00:00.000Z');
    expect(items[2]!.description).toContain('Summary of b.');
    expect(items[2]!.categories).toEqual(['Theme t1']);
  });
  it('date a year or month alone by its first day, never a made-up day in the middle', () => {
    expect(pubDateOf('2020').toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(pubDateOf('2023-03').toISOString()).toBe('2023-03-01T00:00:00.000Z');
  });
});

describe('statements of a person', () => {
  const vr = { person: { id: 'valiant-richey' }, role: 'Special Representative' };
  const press = [
    release('r3', '2021-11-16', [vr]),
    release('r1', '2019-04-01', [vr]),
    release('r2', '2020-07-30'),
    release('r0', '2019-04-01', [{ ...vr, role: 'Co-ordinator' }]),
  ];
  it('are the releases that name them, oldest first, with the role each gives', () => {
    expect(statementsOf(press, 'valiant-richey').map((s) => [s.id, s.role])).toEqual([
      ['r0', 'Co-ordinator'],
      ['r1', 'Special Representative'],
      ['r3', 'Special Representative'],
    ]);
    expect(statementsOf(press, 'nobody')).toEqual([]);
  });
  it('show periods only as far as known', () => {
    expect(formatPeriod('2018', '2024')).toBe('2018–2024');
    expect(formatPeriod('2018-11')).toBe('from November 2018');
    expect(formatPeriod(undefined, '2024')).toBe('until 2024');
    expect(formatPeriod()).toBe('');
  });
});

describe('person schema', () => {
  const schema = personSchema(() => z.string());
  const base = {
    name: 'A Person',
    roles: [{ title: 'Role', organisation: 'osce', from: '2018', source: 'https://example.org/a' }],
    sources: [{ publisher: 'OSCE', title: 'A', url: 'https://example.org/a' }],
    verification: { status: 'verified', checked: '2026-12-02' },
  };
  it('accepts a role sourced by one of the record sources', () => {
    expect(schema.safeParse(base).success).toBe(true);
  });
  it("refuses a role whose source is not among the record's sources", () => {
    const r = schema.safeParse({ ...base, roles: [{ ...base.roles[0], source: 'https://example.org/other' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['roles', 0, 'source']);
  });
  it('refuses a role that ends before it starts, and a person without roles', () => {
    expect(schema.safeParse({ ...base, roles: [{ ...base.roles[0], from: '2020', to: '2019' }] }).success).toBe(false);
    expect(schema.safeParse({ ...base, roles: [] }).success).toBe(false);
  });
});
