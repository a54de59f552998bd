// Cache keys of the incremental build (src/lib/page-keys.ts, ADR 0015): a key changes whenever something its page
// shows changes, and stays put for changes the page cannot show.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import quietLog from '../../src/integrations/quiet-log.mjs';
import { LinkGraph } from '../../src/lib/link-graph.ts';
import { collectionNames, type CollectionName } from '../../src/schemas/fields.ts';
import {
  codeDigest,
  countryKey,
  everythingKey,
  keyEnvironment,
  neighbourKey,
  neighbours,
  recordFileKey,
  recordPageKey,
  type KeySite,
} from '../../src/lib/page-keys.ts';

const ref = (collection: CollectionName, id: string) => ({ collection, id });
type Rec = { id: string; data: Record<string, unknown>; body?: string };
type Records = Partial<Record<CollectionName, Rec[]>>;

const base = (): Records => ({
  countries: [
    { id: 'fr', data: { name: 'France' } },
    { id: 'de', data: { name: 'Germany' } },
  ],
  themes: [{ id: 'protection', data: { label: 'Protection' } }],
  commitments: [
    { id: 'pc-dec-557', data: { title: 'Action Plan', provisions: [{ ref: 'V.3', themes: [] }] }, body: 'Doc.' },
    { id: 'mc-dec-6-17', data: { title: 'Unrelated decision', provisions: [] } },
  ],
  practices: [
    {
      id: 'p1',
      data: {
        title: 'Shelter',
        countries: [ref('countries', 'fr')],
        provisions: [{ commitment: ref('commitments', 'pc-dec-557'), ref: 'V.3' }],
      },
      body: 'What it does.',
    },
  ],
  press: [
    { id: 'r1', data: { title: 'About the shelter', practices: [ref('practices', 'p1')] } },
    { id: 'r2', data: { title: 'Something else', countries: [ref('countries', 'de')] } },
  ],
});

function siteOf(records: Records): KeySite {
  const lists = Object.fromEntries(collectionNames.map((c) => [c, records[c] ?? []])) as Record<CollectionName, Rec[]>;
  const graph = new LinkGraph(collectionNames.flatMap((c) => lists[c].map((r) => ({ collection: c, ...r }))));
  return { ...lists, graph };
}

/** The base records with one change applied. */
function changed(edit: (r: Records) => void): KeySite {
  const r = structuredClone(base());
  edit(r);
  return siteOf(r);
}

const ENV = 'environment-1';
const practiceKey = (s: KeySite, env = ENV) => neighbourKey(s, 'practices', 'p1', env);

describe('page cache keys', () => {
  it('lists the records one link away in either direction, provisions as their document', () => {
    expect(neighbours(siteOf(base()), { collection: 'practices', id: 'p1' })).toEqual([
      'commitments/pc-dec-557',
      'countries/fr',
      'press/r1',
    ]);
  });

  it('are stable: the same records give the same keys', () => {
    expect(practiceKey(siteOf(base()))).toBe(practiceKey(siteOf(base())));
    expect(recordFileKey(siteOf(base()), 'practices', 'p1', ENV)).toBe(
      recordFileKey(siteOf(base()), 'practices', 'p1', ENV),
    );
  });

  it('change a record page when the record, a record it links to, or one that links to it changes', () => {
    const before = practiceKey(siteOf(base()));
    expect(practiceKey(changed((r) => (r.practices![0]!.body = 'What it does, and more.')))).not.toBe(before);
    expect(practiceKey(changed((r) => (r.commitments![0]!.data.title = 'Action Plan (2003)')))).not.toBe(before);
    expect(practiceKey(changed((r) => (r.press![0]!.data.title = 'Shelter opens')))).not.toBe(before);
    // A new record that points here joins "Referenced by".
    expect(
      practiceKey(changed((r) => r.press!.push({ id: 'r3', data: { practices: [ref('practices', 'p1')] } }))),
    ).not.toBe(before);
  });

  it('change every record page when a small shared collection changes, even one the page does not link to', () => {
    const before = practiceKey(siteOf(base()));
    expect(practiceKey(changed((r) => (r.countries![1]!.data.name = 'Deutschland')))).not.toBe(before);
    expect(practiceKey(changed((r) => r.themes!.push({ id: 'labour', data: { label: 'Labour' } })))).not.toBe(before);
  });

  it('keep a record page when only records it neither links to nor is linked from change', () => {
    const before = practiceKey(siteOf(base()));
    expect(practiceKey(changed((r) => (r.press![1]!.data.title = 'Something else again')))).toBe(before);
    expect(practiceKey(changed((r) => (r.commitments![1]!.body = 'A body.')))).toBe(before);
  });

  it('change a country page with its own records, and with the countries that have a plan ("compare with")', () => {
    const key = (s: KeySite) => countryKey(s, 'fr', ENV);
    const before = key(siteOf(base()));
    expect(recordPageKey(siteOf(base()), 'countries', 'fr', ENV)).toBe(before);
    expect(key(changed((r) => (r.practices![0]!.data.title = 'Shelter and advice')))).not.toBe(before);
    const plan = (id: string, country: string) => ({ id, data: { country: ref('countries', country) } });
    expect(key(changed((r) => (r.naps = [plan('de-2024-2027', 'de')])))).not.toBe(before);
    // A release about Germany only: not on the page of France.
    expect(key(changed((r) => (r.press![1]!.data.title = 'Something else again')))).toBe(before);
  });

  it('change a page that reads whole collections with any record', () => {
    const key = (s: KeySite) => everythingKey(s, 'themes', 'protection', ENV);
    const before = key(siteOf(base()));
    expect(key(changed((r) => (r.press![1]!.data.title = 'x')))).not.toBe(before);
    expect(recordPageKey(siteOf(base()), 'themes', 'protection', ENV)).toBe(before);
    expect(recordPageKey(siteOf(base()), 'practices', 'p1', ENV)).toBe(practiceKey(siteOf(base())));
  });

  it("change a record's own JSON file with that record only", () => {
    const key = (s: KeySite) => recordFileKey(s, 'practices', 'p1', ENV);
    const before = key(siteOf(base()));
    expect(key(changed((r) => (r.practices![0]!.data.title = 'Shelter and advice')))).not.toBe(before);
    expect(key(changed((r) => (r.press![0]!.data.title = 'Shelter opens')))).toBe(before);
    expect(key(changed((r) => (r.countries![0]!.data.name = 'République française')))).toBe(before);
  });

  it('change every key with the environment: code, repository links, year', () => {
    const s = siteOf(base());
    expect(practiceKey(s, 'environment-2')).not.toBe(practiceKey(s));
    expect(recordFileKey(s, 'practices', 'p1', 'environment-2')).not.toBe(recordFileKey(s, 'practices', 'p1', ENV));
    const root = process.cwd();
    const env = (over: Partial<Parameters<typeof keyEnvironment>[0]>) =>
      keyEnvironment({ projectRoot: root, env: {}, today: new Date('2026-12-02'), code: 'code-1', ...over });
    expect(env({})).toBe(env({}));
    expect(env({ env: { REPO_URL: 'https://github.com/example/kb' } })).not.toBe(env({}));
    expect(env({ today: new Date('2027-01-01') })).not.toBe(env({}));
    expect(env({ today: new Date('2026-01-01') })).toBe(env({}));
    expect(env({ code: 'code-2' })).not.toBe(env({}));
  });

  it('cover every file of the code under src/ and the config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-keys-'));
    mkdirSync(join(dir, 'src/lib'), { recursive: true });
    writeFileSync(join(dir, 'src/lib/a.ts'), 'export const a = 1;');
    writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};');
    const first = codeDigest(dir);
    expect(codeDigest(dir)).toBe(first);
    writeFileSync(join(dir, 'src/lib/a.ts'), 'export const a = 2;');
    const second = codeDigest(dir);
    expect(second).not.toBe(first);
    writeFileSync(join(dir, 'astro.config.mjs'), 'export default { base: "/kb/" };');
    expect(codeDigest(dir)).not.toBe(second);
  });
});

describe('the quiet build log of an incremental build', () => {
  it('says how many of the generated files were reused from the last build', () => {
    type Event = { label: string | null; level: string; message: string; newLine: boolean };
    const ev = (label: string | null, message: string, newLine = true): Event => ({
      label,
      level: 'info',
      message,
      newLine,
    });
    const seen: string[] = [];
    const log = quietLog({ verbose: false, destination: { write: (e: Event) => seen.push(e.message) } });
    for (const [page, time] of [
      ['/naps/a/index.html', ' \u001b[32m(restored)\u001b[39m'],
      ['/naps/b/index.html', ' \u001b[2m(+3ms)\u001b[22m '],
      ['/naps/c/index.html', ' \u001b[32m(cached)\u001b[39m'],
    ] as const) {
      log.write(ev(null, `  \u001b[34m├─\u001b[39m \u001b[2m${page}\u001b[22m`, false));
      log.write(ev('SKIP_FORMAT', time));
    }
    log.write(ev(null, '\u001b[32m✓ Completed in 1.20s.\n\u001b[39m'));
    expect(seen.filter((m) => /files generated/.test(m))).toEqual([
      '3 files generated, 2 of them reused from the last build (KB_VERBOSE=1 lists each)',
    ]);
  });
});
