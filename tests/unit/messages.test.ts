// Every message the schema step gives an editor, pinned: what is wrong and the fix, in the editor's terms, never Zod's wording.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { baseContent } from '../helpers/fixtures.ts';

/** The valid fixture NAP with some lines replaced: `{ 'title: Fixture plan': 'title: ""' }`. */
function napWith(dir: string, name: string, edits: Record<string, string>, append = '') {
  let text = readFileSync(join(dir, 'naps/md-2024-2027.md'), 'utf8');
  for (const [from, to] of Object.entries(edits)) {
    if (!text.includes(from)) throw new Error(`no line "${from}" in the fixture`);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, `naps/${name}.md`), text.replace('---\nFixture body.', `${append}---\nFixture body.`));
}

let said: (file: string) => string[];

beforeAll(() => {
  const dir = baseContent();
  // The id must match country and period, so every case keeps md and 2024–2027 in its file name … but ids are unique:
  // each case is its own copy under a draft-free name that the id rule accepts, and the id mismatch is filtered out below.
  napWith(dir, 'empty', {
    'title: Fixture plan': 'title:',
    'victimSupportUnconditional: unknown': 'victimSupportUnconditional:',
    'coverage:\n': 'coverage:\n  - { theme: demand, status: unknown, note: "" }\n',
  });
  napWith(dir, 'types', {
    'title: Fixture plan': 'title: true',
    'period: { from: 2024, to: 2027 }': 'period: { from: 2024.5, to: "2027" }',
    'monitoring: {': 'language: 2024-01-05\nmonitoring: {',
  });
  napWith(dir, 'values', {
    'victimSupportUnconditional: unknown': 'victimSupportUnconditional: party',
    'budget: { dedicated: unknown }': 'budget: { dedicated: unknown, amont: "EUR 1" }',
  });
  napWith(dir, 'sizes', {
    'summary: "A fixture NAP that is valid, so each broken case differs from it by one thing."':
      'summary: "Too brief."',
    'period: { from: 2024, to: 2027 }': 'period: { from: 1980, to: 2101 }',
    'sources:\n  - { publisher: Government, title: Plan, url: "https://example.org/plan" }': 'sources: []',
  });
  napWith(dir, 'formats', {
    'url: "https://example.org/plan"': 'url: "www.example.org/plan"',
    'monitoring: {': 'language: greek\nmonitoring: {',
  });
  napWith(dir, 'missing', { 'title: Fixture plan\n': '', 'victimSupportUnconditional: unknown\n': '' });
  writeFileSync(
    join(dir, 'practices/fr-lists.md'),
    `---
title: A practice
summary: "A practice whose lists are written as text, to see the messages."
countries: fr
scope: nationwide
themes: protection
actors: [{ name: Inspectorate, kind: labour-inspection }]
status: unknown
sources: [{ publisher: Government, title: Page, url: "https://example.org/p" }]
verification: { status: unverified, checked: "2026-11-29" }
---
## What it does

Text.

## Who says it works

No independent assessment found.

## Results

Not known.
`,
  );
  writeFileSync(
    join(dir, 'convention/article-13.md'),
    readFileSync(join(dir, 'convention/article-12.md'), 'utf8')
      .replace(/^number: 12$/m, 'number: 13')
      .replace('strength: shall', 'strength: shal')
      .replace(/^(officialText:.*)$/m, 'gretaRounds: [3]\n$1')
      .replace(/^(officialText:).*$/m, '$1'),
  );
  const problems = checkContent(dir, dir);
  said = (file) =>
    problems
      .filter((p) => p.file === file && !/does not match its record/.test(p.message))
      .map((p) => `${p.field ?? '-'}: ${p.message}\n    fix: ${p.fix}`);
}, 60_000);

describe("messages in the editor's terms", () => {
  it('empty fields (a template left as it was)', () => {
    expect(said('naps/empty.md')).toMatchInlineSnapshot(`
      [
        "title: this field is empty
          fix: fill it in with text; see docs/content-guide.md, section "naps"",
        "victimSupportUnconditional: this field is empty
          fix: this field takes one of: yes, no, partly, unknown",
        "coverage.0.note: this field is empty
          fix: write the text, or leave the field out where it is optional; see docs/content-guide.md, section "naps"",
      ]
    `);
  });
  it('wrong types: YAML read a word as true, a number as text, a date where text goes', () => {
    expect(said('naps/types.md')).toMatchInlineSnapshot(`
      [
        "title: expected text, found true, which YAML reads as a yes-or-no value, not as text
          fix: put the value in double quotes: "true"",
        "period.from: 2024.5 is not a whole number
          fix: write a whole number, e.g. 2024",
        "period.to: expected a number, found the text "2027"
          fix: remove the quotes: 2027",
        "language: expected text, found a date
          fix: put the value in double quotes: "2024-01-05"",
      ]
    `);
  });
  it('values outside the closed list, and unknown keys', () => {
    expect(said('naps/values.md')).toMatchInlineSnapshot(`
      [
        "budget.amont: unknown field "amont"
          fix: did you mean "amount"? remove it or correct its spelling; allowed fields here: dedicated, amount, note",
        "victimSupportUnconditional: "party" is not an allowed value
          fix: did you mean "partly"? this field takes one of: yes, no, partly, unknown",
      ]
    `);
  });
  it('too short, too long, too small, too large, too few', () => {
    expect(said('naps/sizes.md')).toMatchInlineSnapshot(`
      [
        "period.from: 1980 is too small: the lowest allowed is 1990
          fix: write a number from 1990; see docs/content-guide.md, section "naps"",
        "period.to: 2101 is too large: the highest allowed is 2100
          fix: write a number up to 2100; see docs/content-guide.md, section "naps"",
        "summary: too short: 10 characters, at least 20
          fix: say more, in our own words; see docs/content-guide.md, section "naps"",
        "sources: every record needs at least one source (official first) (0 entries given)
          fix: add entries; see docs/content-guide.md, section "naps"",
      ]
    `);
  });
  it('addresses and fixed forms', () => {
    expect(said('naps/formats.md')).toMatchInlineSnapshot(`
      [
        "language: expected a two-letter ISO 639-1 code, e.g. "ro", found the text "greek"
          fix: see docs/content-guide.md, section "naps"",
        "sources.0.url: expected an absolute http(s) URL, found the text "www.example.org/plan"
          fix: write the whole address, starting with https:// (or http://)",
      ]
    `);
  });
  it('missing fields', () => {
    expect(said('naps/missing.md')).toMatchInlineSnapshot(`
      [
        "title: required field "title" is missing
          fix: add \`title:\` with text; see docs/content-guide.md, section "naps"",
        "victimSupportUnconditional: required field "victimSupportUnconditional" is missing
          fix: add \`victimSupportUnconditional:\`; this field takes one of: yes, no, partly, unknown",
      ]
    `);
  });
  it('lists written as text, misspelt values', () => {
    expect(said('practices/fr-lists.md')).toMatchInlineSnapshot(`
      [
        "countries: expected a list, found the text "fr"
          fix: write it as a list, even of one: [fr], or one entry per line starting with "- "",
        "scope: "nationwide" is not an allowed value
          fix: did you mean "national"? this field takes one of: national, multi-country, regional",
        "themes: expected a list, found the text "protection"
          fix: write it as a list, even of one: [protection], or one entry per line starting with "- "",
        "actors.0.kind: "labour-inspection" is not an allowed value
          fix: did you mean "labour-inspectorate"? this field takes one of: government, labour-inspectorate, police, prosecution, judiciary, national-rapporteur, local-authority, ngo, business, trade-union, international-organisation, research",
      ]
    `);
  });
  it('a misspelt value, a field that moved to another file, an empty address', () => {
    expect(said('convention/article-13.md')).toMatchInlineSnapshot(`
      [
        "obligations.0.strength: "shal" is not an allowed value
          fix: did you mean "shall"? this field takes one of: shall, shall-consider, may, defines",
        "gretaRounds: "gretaRounds" is no longer a field here
          fix: remove it: the GRETA rounds that examined an article are listed once, under each round's \`articles\` in content/data/greta-rounds.yaml (with its sources), and the article page shows them from there; to change them, edit greta-evaluation-rounds.csv in the shared reference data and run \`npm run import:reference\`",
        "officialText: this field is empty
          fix: fill it in: write an absolute http(s) URL",
      ]
    `);
  });
  it("no message in Zod's own wording reaches an editor", () => {
    const all = [
      'naps/empty.md',
      'naps/types.md',
      'naps/values.md',
      'naps/sizes.md',
      'naps/formats.md',
      'naps/missing.md',
      'practices/fr-lists.md',
      'convention/article-13.md',
    ].flatMap(said);
    expect(all.join('\n')).not.toMatch(
      /Too small|Too big|Invalid (input|option|string|URL)|Unrecognized key|expected (string|number|array|object|int)\b/,
    );
  });
});
