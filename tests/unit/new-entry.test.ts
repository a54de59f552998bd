// `npm run new`: each collection's template, written into a copy of the content tree, leaves exactly the problems it names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, type Problem } from '../../src/lib/content-check/index.ts';
import {
  allowedValues,
  ENTRY_COLLECTIONS,
  entryTemplate,
  type EntryCollection,
  TemplateError,
  topFields,
} from '../../src/lib/new-entry.ts';

const root = resolve(import.meta.dirname, '../..');
const TODAY = '2026-01-15';
/** One new record per collection, with an id that says as much as that collection's ids can. */
const CASES: [EntryCollection, string][] = [
  ['naps', 'gr-2024-2026'],
  ['press', '2025-10-18-new-release'],
  ['convention', 'article-12'],
  ['commitments', 'mc-dec-6-19'],
  ['commitments', 'pc-dec-999'],
  ['commitments', 'vienna-2099-declaration'],
  ['practices', 'fr-new-practice'],
  ['practices', 'eu-new-practice'],
  ['people', 'new-person'],
];

let dir: string;
let problems: Problem[];
const written = new Map<string, ReturnType<typeof entryTemplate>>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-new-entry-'));
  cpSync(join(root, 'content'), dir, { recursive: true });
  rmSync(join(dir, 'convention/article-12.md'));
  for (const [c, id] of CASES) {
    const t = entryTemplate(c, id, dir, TODAY);
    writeFileSync(join(dir, t.file), t.text);
    written.set(`${c}/${id}`, t);
  }
  problems = checkContent(dir, dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const problemsOf = (file: string) => problems.filter((p) => p.file === file);

describe('npm run new: every template', () => {
  it.each(CASES)('%s %s leaves exactly the placeholders it names', (c, id) => {
    const t = written.get(`${c}/${id}`)!;
    expect(problemsOf(t.file).map((p) => p.field)).toEqual(t.placeholders);
  });

  it('covers every collection kept as files', () => {
    expect(new Set(CASES.map(([c]) => c))).toEqual(new Set(ENTRY_COLLECTIONS));
  });

  it.each(CASES)('%s %s writes every required field, every optional one as a hint, and no empty string', (c, id) => {
    const { text } = written.get(`${c}/${id}`)!;
    const front = text.split('---\n')[1]!;
    for (const f of topFields(c)) {
      if (f.required) expect(front, f.name).toMatch(new RegExp(`^${f.name}:`, 'm'));
      else expect(front, f.name).toMatch(new RegExp(`^#? ?${f.name}:`, 'm'));
    }
    expect(front).not.toMatch(/: ""/);
  });

  it('takes what the id says', () => {
    const nap = written.get('naps/gr-2024-2026')!;
    expect(nap.text).toMatch(/^country: gr /m);
    expect(nap.text).toMatch(/^period: \{ from: 2024, to: 2026 \}/m);
    expect(nap.fromId).toEqual(['country gr', 'period 2024–2026']);
    expect(written.get('press/2025-10-18-new-release')!.text).toMatch(/^date: "2025-10-18"/m);
    expect(written.get('convention/article-12')!.fromId).toEqual(['number 12', 'chapter iii']);
    expect(written.get('commitments/mc-dec-6-19')!.fromId).toEqual([
      'symbol MC.DEC/6/19',
      'body ministerial-council',
      'kind decision',
      'adopted 2019',
    ]);
    expect(written.get('commitments/pc-dec-999')!.fromId).toEqual(['symbol PC.DEC/999', 'body permanent-council']);
    expect(written.get('commitments/vienna-2099-declaration')!.fromId).toEqual([]);
    expect(written.get('practices/fr-new-practice')!.text).toMatch(/^countries: \[fr\]/m);
  });

  it("uses each collection's own body headings", () => {
    const headings = (key: string) => [...written.get(key)!.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings('naps/gr-2024-2026')).toEqual([
      'What the plan does',
      'Coordination and monitoring',
      'Gaps seen by monitoring bodies',
    ]);
    expect(headings('convention/article-12')).toEqual([
      'What it requires',
      'In practice',
      'Gaps seen by monitoring bodies',
    ]);
    expect(headings('commitments/mc-dec-6-19')).toEqual(['What it is', 'How it relates to the Action Plan']);
    expect(headings('practices/fr-new-practice')).toEqual(['What it does', 'Who says it works', 'Results']);
    expect(headings('press/2025-10-18-new-release')).toEqual(['What happened']);
    expect(headings('people/new-person')).toEqual([]);
  });

  it('lists allowed values from the schemas', () => {
    const nap = written.get('naps/gr-2024-2026')!.text;
    expect(nap).toContain(`one of: ${allowedValues('naps', ['budget', 'dedicated']).join(', ')}`);
    expect(nap).toContain(`status one of: ${allowedValues('naps', ['coverage', 'status']).join(', ')}`);
    expect(allowedValues('practices', ['actors', 'kind'])).toContain('labour-inspectorate');
    expect(() => allowedValues('naps', ['title'])).toThrow(/not a closed list/);
  });

  it('refuses ids that break their collection rule, in a sentence', () => {
    const bad = (c: EntryCollection, id: string) => {
      try {
        entryTemplate(c, id, dir, TODAY);
      } catch (e) {
        expect(e).toBeInstanceOf(TemplateError);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(bad('naps', 'gr-2024')).toMatchInlineSnapshot(
      `"a NAP id is the country, the first year and the last year: e.g. md-2024-2027, not "gr-2024"."`,
    );
    expect(bad('naps', 'zz-2024-2025')).toMatchInlineSnapshot(
      `""zz" is not a country of content/data/countries.yaml: use its ISO 3166-1 alpha-2 code in lower case."`,
    );
    expect(bad('naps', 'gr-2026-2024')).toMatchInlineSnapshot(`"the plan cannot end (2024) before it starts (2026)."`);
    expect(bad('press', 'new-release')).toMatchInlineSnapshot(
      `"a press release id starts with its date and a short name: e.g. 2025-10-18-conference-on-labour-exploitation, not "new-release"."`,
    );
    expect(bad('convention', 'article-48')).toMatchInlineSnapshot(`"the Convention has articles 1 to 47, not 48."`);
    expect(bad('practices', 'FR_Practice')).toMatchInlineSnapshot(
      `""FR_Practice" breaks the naming rule: ids are lowercase kebab-case (a-z, 0-9, single hyphens)."`,
    );
  });
});

describe('npm run new (the command)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [resolve(root, 'scripts/new-entry.ts'), ...args], {
      cwd: root,
      env: { ...process.env, KB_CONTENT_DIR: dir },
      encoding: 'utf8',
    });

  it('writes the file and says what to fill in', () => {
    const r = run('naps', 'md-2030-2033');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/country md, period 2030–2033: taken from the id/);
    expect(r.stdout).toMatch(/Fill in: title, summary, sources\.0\.publisher, sources\.0\.title, sources\.0\.url/);
    expect(readFileSync(join(dir, 'naps/md-2030-2033.md'), 'utf8')).toMatch(/^country: md/m);
  });
  it('refuses an unknown collection, a bad id or an existing record', () => {
    expect(run('countries', 'xx').stderr).toMatch(
      /Usage: npm run new -- <convention\|commitments\|naps\|practices\|press\|people> <id>/,
    );
    expect(run('naps', 'MD_2024').stderr).toMatch(/naming rule/);
    expect(run('naps', 'al-2024-2025').stderr).toMatch(/exists already/);
  });
});
