// The scaffolder writes a template the linter can read and that points the editor at each empty field.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { brokenContent } from '../helpers/fixtures.ts';

const root = resolve(import.meta.dirname, '../..');
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [resolve(root, 'scripts/new-entry.ts'), ...args], { env: { ...process.env, KB_CONTENT_DIR: dir }, encoding: 'utf8' });

describe('npm run new', () => {
  it('writes a template whose empty fields the linter names', () => {
    const dir = brokenContent('unknown-theme');
    expect(run(dir, 'press', '2026-01-15-new-release').status).toBe(0);
    const problems = checkContent(dir, dir).filter((p) => p.file === 'press/2026-01-15-new-release.md');
    const fields = problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'date', 'summary', 'sources.0.url']));
    expect(problems.every((p) => p.fix.length > 0)).toBe(true);
  });
  it('writes a practice template with the practice fields and body headings, optional fields as hints', () => {
    const dir = brokenContent('unknown-theme');
    expect(run(dir, 'practices', 'fr-new-practice').status).toBe(0);
    const text = readFileSync(join(dir, 'practices/fr-new-practice.md'), 'utf8');
    expect(text).toMatch(/^scope: national/m);
    expect(text).toMatch(/^# assessments:/m);
    expect(text).not.toMatch(/^(results|transferability|funding): ""/m);
    for (const h of ['What it does', 'Who says it works', 'Results']) expect(text).toMatch(new RegExp(`^## ${h}$`, 'm'));
    const problems = checkContent(dir, dir).filter((p) => p.file === 'practices/fr-new-practice.md');
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['title', 'summary', 'countries', 'themes', 'actors.0.name']));
    expect(problems.every((p) => p.fix.length > 0)).toBe(true);
  });
  it('writes a person template whose role points at a source, and the linter names the empty fields', () => {
    const dir = brokenContent('unknown-theme');
    expect(run(dir, 'people', 'new-person').status).toBe(0);
    const text = readFileSync(join(dir, 'people/new-person.md'), 'utf8');
    expect(text).toMatch(/^roles:/m);
    const problems = checkContent(dir, dir).filter((p) => p.file === 'people/new-person.md');
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['name', 'roles.0.title', 'roles.0.source']));
    expect(problems.every((p) => p.fix.length > 0)).toBe(true);
  });
  it('refuses a bad id or an existing record', () => {
    const dir = brokenContent('unknown-theme');
    expect(run(dir, 'naps', 'MD_2024').stderr).toMatch(/naming rule/);
    expect(run(dir, 'naps', 'md-2024-2027').stderr).toMatch(/exists already/);
  });
});
