// Builds of the fixture site in temporary folders, each with its own output and cache:
//  - a record that breaks only the rules on bodies, which the content check's worker reports after Astro has
//    started, stops the build with the same list and leaves nothing deployable;
//  - an incremental rebuild after a one-record change gives, file for file and byte for byte, the site a cold build
//    of the same content gives (ADR 0015).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { baseContent, brokenContent, buildContent, buildDir } from '../helpers/fixtures.ts';

/** One `astro build` of `contentDir` into `dir`/dist with its cache in `dir`/cache, and its phases recorded. */
async function build(contentDir: string, dir: string) {
  const phases = join(dir, `phases-${Date.now()}.json`);
  const built = await buildContent(contentDir, dir, {
    KB_PHASES_FILE: phases,
    // The open data files carry the build's date: one fixed date for every build, so builds compare byte for byte.
    SOURCE_DATE_EPOCH: '1764633600',
    REPO_URL: undefined,
  });
  return { ...built, phases };
}

/** Every file under `dir`, as paths relative to it, sorted. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

describe('builds in temporary folders', () => {
  it('stops at the body rules, checked beside the build, with the same list and nothing deployable left', async () => {
    const dir = buildDir('worker-fail');
    // Valid front matter, a footnote call without its definition in the body: only the worker's body rules see it.
    const { status, output, dist, phases } = await build(brokenContent('footnote-without-definition'), dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /press\/2021-11-16-fixture\.md:\d+:\d+ {2}footnote \[\^2\] has no definition\n {4}fix: add a line `\[\^2\]: …`/,
    );
    expect(output).toMatch(/1 content problem found\. Nothing was built/);
    expect(output).not.toMatch(/^\s+at .*(:\d+:\d+\)?|<anonymous>\)?)$/m);
    expect(output).not.toMatch(/Stack trace|node_modules\/astro\/dist/);
    // The records' gate passed; Astro synced the content, bundled and rendered the pages into its staging folder
    // beside the check; the answer stopped it before any end step (the search index) and before publishing.
    const marks = (JSON.parse(readFileSync(phases, 'utf8')) as { marks: Record<string, number> }).marks;
    expect(marks['check:waited@sync']).toBeDefined();
    expect(marks['build:generated']).toBeDefined();
    expect(marks['check:wait@done']).toBeDefined();
    expect(marks['pagefind:start']).toBeUndefined();
    // Nothing deployable: no page, no asset, no index, neither in the output directory nor left in the staging folder.
    expect(existsSync(dist) ? filesOf(dist) : []).toEqual([]);
    const staged = join(dir, 'cache', 'kb-staged-output');
    expect(existsSync(staged) ? filesOf(staged) : []).toEqual([]);
  }, 300_000);

  it('rebuilds after a change exactly as a cold build of the same content, reusing unchanged pages', async () => {
    const content = baseContent();
    const warm = buildDir('warm');
    expect((await build(content, warm)).status).toBe(0);
    // Two edits, one in each direction of a link: the commitment's title shows in the practice that names its
    // provision (a record it links to); the practice's title shows on the commitment's and the country's pages
    // (records that link to it).
    const edit = (path: string, from: string, to: string) => {
      const file = join(content, path);
      const before = readFileSync(file, 'utf8');
      expect(before).toContain(from);
      writeFileSync(file, before.replace(from, to));
    };
    edit(
      'commitments/pc-dec-557.md',
      'title: OSCE Action Plan to Combat Trafficking in Human Beings',
      'title: OSCE Action Plan to Combat Trafficking in Human Beings (changed)',
    );
    edit('practices/fixture-practice.mdx', 'title: Fixture practice', 'title: Fixture practice (changed)');
    // The rebuild and a cold build of the changed content, side by side.
    const [second, cold] = await Promise.all([build(content, warm), build(content, buildDir('cold'))]);
    expect(second.status, second.output).toBe(0);
    expect(cold.status, cold.output).toBe(0);

    // Pages were reused, and not those the change reaches.
    const reused = /(\d+) files generated, (\d+) of them reused/.exec(second.output);
    expect(reused, second.output).not.toBeNull();
    expect(Number(reused![2])).toBeGreaterThan(0);
    const practice = readFileSync(join(second.dist, 'practices/fixture-practice/index.html'), 'utf8');
    expect(practice.includes('Human Beings (changed)'), 'the practice names the changed commitment').toBe(true);
    const country = readFileSync(join(second.dist, 'countries/fr/index.html'), 'utf8');
    expect(country.includes('Fixture practice (changed)'), 'the country lists the changed practice').toBe(true);

    const files = filesOf(cold.dist);
    expect(filesOf(second.dist)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(second.dist, f)).equals(readFileSync(join(cold.dist, f))));
    expect(differing).toEqual([]);
  }, 600_000);
});
