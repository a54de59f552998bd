// Each kind of bad input fails with the file, the field and what to do. Fixtures: tests/fixtures/broken/<case>/.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblems, type Problem } from '../../src/lib/content-check/index.ts';
import { brokenContent, FIXTURES } from '../helpers/fixtures.ts';

function check(caseName: string): Problem[] {
  const dir = brokenContent(caseName);
  return checkContent(dir, dir);
}

interface Expectation {
  file: string;
  field?: string;
  message: RegExp;
  fix: RegExp;
  line?: number;
}
const cases: Record<string, Expectation[]> = {
  'missing-required-field': [
    { file: 'naps/md-2024-2027.md', field: 'title', message: /required field "title" is missing/, fix: /add `title:`/ },
  ],
  'wrong-type': [
    {
      file: 'naps/md-2024-2027.md',
      field: 'period.from',
      message: /expected a number, found the text "twenty"/,
      fix: /write a number/,
      line: 4,
    },
  ],
  // Astro's YAML reader turns an unquoted 2024-01-15 into a date; the linter reads YAML the same way.
  'date-where-text-expected': [
    {
      file: 'naps/md-2024-2027.md',
      field: 'title',
      message: /expected text, found a date/,
      fix: /put the value in double quotes/,
    },
  ],
  'nap-gap-with-plan': [
    {
      file: 'data/countries.yaml',
      field: 'napGap',
      message: /says why no plan is documented, but the plan record md-2024-2027 exists/,
      fix: /remove napGap/,
    },
  ],
  'nap-gap-without-sources': [
    {
      file: 'data/countries.yaml',
      field: 'napGap.sources',
      message: /every reason but not-found needs the sources that show it/,
      fix: /content-guide/,
    },
  ],
  'nap-coverage-incomplete': [
    {
      file: 'naps/md-2024-2027.md',
      field: 'coverage',
      message: /coverage lacks demand/,
      fix: /one entry for each theme/,
    },
  ],
  'unknown-field': [
    {
      file: 'naps/md-2024-2027.md',
      field: 'titel',
      message: /unknown field "titel"/,
      fix: /did you mean "title"\?/,
      line: 3,
    },
  ],
  'bad-value': [
    {
      file: 'naps/md-2024-2027.md',
      field: 'victimSupportUnconditional',
      message: /"maybe" is not an allowed value/,
      fix: /one of: yes, no, partly, unknown/,
    },
  ],
  'bad-partial-date': [
    {
      file: 'press/2021-11-16-fixture.md',
      field: 'verification.checked',
      message: /^2026-02-30: February 2026 has 28 days$/,
      fix: /YYYY-MM-DD.*content-guide/,
    },
  ],
  'unknown-country': [
    {
      file: 'practices/fixture-practice.mdx',
      field: 'countries.0',
      message: /unknown country "xx"/,
      fix: /ISO 3166-1 alpha-2/,
      line: 4,
    },
  ],
  'unknown-theme': [
    {
      file: 'press/2021-11-16-fixture.md',
      field: 'themes.0',
      message: /unknown theme "supply-chain" \(did you mean "supply-chains"\?\)/,
      fix: /content\/data\/themes.yaml/,
    },
  ],
  'unknown-article': [
    {
      file: 'commitments/pc-dec-557.md',
      field: 'provisions.0.articles.0.article',
      message: /unknown Convention article "article-99"/,
      fix: /article-04/,
    },
  ],
  'crosswalk-unknown-paragraph': [
    {
      file: 'commitments/pc-dec-557.md',
      field: 'provisions.0.articles.0.paragraph',
      message: /Art\. 12\(9\) is not among the obligations of article-12/,
      fix: /12\(1\)/,
      line: 12,
    },
  ],
  'crosswalk-source-missing': [
    {
      file: 'commitments/pc-dec-557.md',
      field: 'provisions.0.articles.0',
      message: /basis "commentary" needs a source/,
      fix: /among this record's sources/,
    },
  ],
  'crosswalk-source-not-listed': [
    {
      file: 'commitments/pc-dec-557.md',
      field: 'provisions.0.articles.0.source',
      message: /https:\/\/www\.coe\.int\/greta is not among the record's sources/,
      fix: /https:\/\/www\.osce\.org\/actionplan/,
    },
  ],
  'crosswalk-duplicate-link': [
    {
      file: 'commitments/pc-dec-557.md',
      field: 'articles.0.article',
      message: /article-12 is linked at document level and from provision V\.3/,
      fix: /keep the provision-level one/,
    },
  ],
  'crosswalk-readvia-not-listed': [
    {
      file: 'commitments/pc-dec-557.md',
      field: 'provisions.0.readVia',
      message: /readVia https:\/\/example\.org\/secondary is not among the record's sources/,
      fix: /add the source there first/,
    },
  ],
  'unknown-provision': [
    {
      file: 'practices/fixture-practice.mdx',
      field: 'provisions.0.ref',
      message: /pc-dec-557 has no provision "V.4"/,
      fix: /V\.3/,
    },
  ],
  'bad-id': [
    {
      file: 'practices/Fixture_Practice.md',
      message: /id "Fixture_Practice" breaks the naming rule/,
      fix: /lowercase kebab-case/,
    },
  ],
  'id-mismatch': [{ file: 'naps/fr-2024-2027.md', message: /does not match its record/, fix: /md-2024-2027\.md/ }],
  'duplicate-id': [
    {
      file: 'practices/fixture-practice.mdx',
      message: /duplicate id "fixture-practice": .*fixture-practice\.md has the same id/,
      fix: /rename or remove/,
    },
  ],
  'duplicate-symbol': [
    { file: 'commitments/pc-dec-557.md', field: 'symbol', message: /duplicate symbol "PC.DEC\/557"/, fix: /merge/ },
  ],
  'mdx-import': [
    {
      file: 'practices/fixture-practice.mdx',
      message: /`import` and `export` are not allowed/,
      fix: /available without import/,
      line: 14,
    },
  ],
  'mdx-export': [
    {
      file: 'practices/fixture-practice.mdx',
      message: /`import` and `export` are not allowed/,
      fix: /remove the line/,
      line: 14,
    },
  ],
  'mdx-expression': [
    { file: 'practices/fixture-practice.mdx', message: /JavaScript expressions/, fix: /escape it/, line: 16 },
  ],
  'mdx-unknown-component': [
    {
      file: 'practices/fixture-practice.mdx',
      message: /<Chart> is not a component we provide/,
      fix: /Callout/,
      line: 16,
    },
  ],
  'mdx-syntax-error': [
    { file: 'practices/fixture-practice.mdx', message: /MDX cannot be read/, fix: /correct the syntax/ },
  ],
  'raw-html': [
    { file: 'press/2021-11-16-fixture.md', message: /raw HTML is not allowed/, fix: /write Markdown instead/ },
  ],
  'script-link': [
    {
      file: 'press/2021-11-16-fixture.md',
      message: /link to "javascript:alert\(1\)" is not allowed/,
      fix: /http\(s\)/,
    },
  ],
  'footnote-without-definition': [
    { file: 'press/2021-11-16-fixture.md', message: /footnote \[\^2\] has no definition/, fix: /\[\^2\]: …/ },
  ],
  'heading-level-1': [
    { file: 'press/2021-11-16-fixture.md', message: /level-1 heading/, fix: /start body headings at `##`/ },
  ],
  'practice-ongoing-with-end': [
    {
      file: 'practices/fixture-practice.mdx',
      field: 'period.to',
      message: /status is "ongoing" but the period ends in 2021/,
      fix: /leave `to` out/,
      line: 12,
    },
  ],
  'yaml-syntax': [{ file: 'naps/md-2024-2027.md', message: /YAML cannot be read/, fix: /quote text/ }],
  'process-words': [
    {
      file: 'press/2021-11-16-fixture.md',
      field: 'summary',
      message: /"stored copy" speaks about how the site is made/,
      fix: /could not be read/,
      line: 10,
    },
    {
      file: 'press/2021-11-16-fixture.md',
      message: /"Following the brief" speaks about how the site is made/,
      fix: /write for the reader/,
      line: 17,
    },
    {
      file: 'press/2021-11-16-fixture.md',
      message: /"TODO" speaks about how the site is made/,
      fix: /finish the sentence/,
      line: 17,
    },
  ],
  'internal-link-broken': [
    {
      file: 'press/2021-11-16-fixture.md',
      message: /goes to \/naps\/md-2024-2072\/, which is not a page/,
      fix: /did you mean \.\.\/\.\.\/naps\/md-2024-2027\/\?/,
      line: 15,
    },
    {
      file: 'press/2021-11-16-fixture.md',
      message: /#para-12-9 is not a paragraph of \/convention\/articles\/12\//,
      fix: /#para-12-1/,
      line: 15,
    },
    {
      file: 'press/2021-11-16-fixture.md',
      message: /#p-v-4 is not a provision of \/commitments\/pc-dec-557\//,
      fix: /did you mean #p-v-3\?/,
      line: 16,
    },
    {
      file: 'press/2021-11-16-fixture.md',
      message: /starts at the site root/,
      fix: /relative to this page: \.\.\/\.\.\/naps\/md-2024-2027\//,
      line: 16,
    },
  ],
  'yaml11-boolean-key': [
    {
      file: 'data/countries.yaml',
      field: 'no',
      message: /key no is read as a boolean by YAML 1\.1 readers/,
      fix: /quote it: 'no':/,
      line: 16,
    },
  ],
};

describe('content linter: the valid base passes', () => {
  it('finds no problem in the base fixture (GFM table and footnote, one provided component)', () => {
    const dir = join(FIXTURES, 'content-base');
    expect(checkContent(dir, dir)).toEqual([]);
  });
  it('has a test for every broken fixture', () => {
    expect(Object.keys(cases).concat('many-problems').sort()).toEqual(readdirSync(join(FIXTURES, 'broken')).sort());
  });
});

describe('content linter: each bad input names file, field and fix', () => {
  for (const [name, expectations] of Object.entries(cases)) {
    it(name, () => {
      const problems = check(name);
      for (const e of expectations) {
        const hit = problems.find((p) => p.file === e.file && e.message.test(p.message));
        expect(hit, `no problem matching ${e.message} in ${e.file}; got:\n${formatProblems(problems)}`).toBeDefined();
        if (e.field) expect(hit!.field).toBe(e.field);
        if (e.line) expect(hit!.line).toBe(e.line);
        expect(hit!.fix).toMatch(e.fix);
      }
    });
  }
});

describe('content linter: one run lists every problem', () => {
  it('reports problems in several files and several fields together, sorted by file', () => {
    const problems = check('many-problems');
    const summary = problems.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`);
    expect(summary).toHaveLength(4);
    expect(summary.at(-1)).toMatch(/^press\//);
    expect(summary).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^naps\/md-2024-2027\.md {2}id "md-2024-2027" does not match/),
        expect.stringMatching(/^naps\/md-2024-2027\.md country unknown country "zz"/),
        expect.stringMatching(/^naps\/md-2024-2027\.md title required field "title" is missing/),
        expect.stringMatching(/^press\/2021-11-16-fixture\.md {2}footnote \[\^9\] has no definition/),
      ]),
    );
    expect(formatProblems(problems)).toMatch(/4 content problems found/);
  });
});

// A build renders its pages beside the rules on the bodies and waits for them only at the end (ADR 0023); only the
// records' answer comes before Astro could fail. So every MDX problem that would stop Astro (it compiles MDX bodies as
// modules and renders their components) must be in the records' answer, and body-only rules need not be.
describe('content linter: what comes with the records answer', () => {
  function recordsAnswer(caseName: string): readonly Problem[] {
    const dir = brokenContent(caseName);
    let answer: readonly Problem[] | undefined;
    checkContent(dir, dir, { onRecordsChecked: (problems) => (answer = problems) });
    expect(answer, 'the records answer was given').toBeDefined();
    return answer!;
  }
  for (const name of ['mdx-import', 'mdx-export', 'mdx-expression', 'mdx-unknown-component', 'mdx-syntax-error']) {
    it(`${name}: with the records, before Astro compiles or renders the body`, () => {
      const answer = recordsAnswer(name);
      for (const e of cases[name]!)
        expect(
          answer.some((p) => p.file === e.file && e.message.test(p.message)),
          formatProblems([...answer]),
        ).toBe(true);
    });
  }
  it('a footnote without its definition (a body rule, rendered without error) comes only with the whole answer', () => {
    expect(recordsAnswer('footnote-without-definition')).toEqual([]);
  });
});
