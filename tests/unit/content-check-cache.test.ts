// The linter's per-file cache: unchanged files are taken from it, a changed file or a changed linter is checked
// afresh, and the rules across records still see every record.
import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, type CacheStats } from '../../src/lib/content-check/index.ts';
import { ContentCheckCache, linterVersion } from '../../src/lib/content-check/cache.ts';
import { baseContent } from '../helpers/fixtures.ts';

const root = join(import.meta.dirname, '../..');

function run(dir: string, cacheDir: string) {
  const stats: CacheStats = { hits: 0, misses: 0 };
  const problems = checkContent(dir, dir, { cacheDir, stats });
  return { problems, stats };
}

describe('content linter cache', () => {
  it('checks every file on the first run and takes every unchanged file from the cache on the next', () => {
    const dir = baseContent();
    const cache = mkdtempSync(join(tmpdir(), 'kb-lint-cache-'));
    const first = run(dir, cache);
    expect(first.stats.hits).toBe(0);
    expect(first.stats.misses).toBeGreaterThan(5);
    const second = run(dir, cache);
    expect(second.stats).toEqual({ hits: first.stats.misses, misses: 0 });
    expect(second.problems).toEqual(first.problems);
    expect(second.problems).toEqual(checkContent(dir, dir));
  });

  it('checks a changed file again and reports what is new in it', () => {
    const dir = baseContent();
    const cache = mkdtempSync(join(tmpdir(), 'kb-lint-cache-'));
    const first = run(dir, cache);
    expect(first.problems).toEqual([]);
    appendFileSync(join(dir, 'press/2021-11-16-fixture.md'), '\n# A level-1 heading\n');
    const second = run(dir, cache);
    expect(second.stats).toEqual({ hits: first.stats.misses - 1, misses: 1 });
    expect(second.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'press/2021-11-16-fixture.md: level-1 heading (`#`) in the body',
    ]);
  });

  it('checks every file again when the linter changes (its version is part of the key)', () => {
    const dir = baseContent();
    const cache = mkdtempSync(join(tmpdir(), 'kb-lint-cache-'));
    const first = run(dir, cache);
    // The cache file as an older linter would have left it: same files, another version.
    const [file] = readdirSync(cache);
    const stored = JSON.parse(readFileSync(join(cache, file!), 'utf8')) as { version: string };
    writeFileSync(join(cache, file!), JSON.stringify({ ...stored, version: 'an-older-linter' }));
    const second = run(dir, cache);
    expect(second.stats).toEqual({ hits: 0, misses: first.stats.misses });
    // The version follows the linter's inputs: here, a fingerprint file that is replaced.
    const fingerprint = join(mkdtempSync(join(tmpdir(), 'kb-fp-')), 'x.8grams');
    writeFileSync(fingerprint, 'aaaaaaaaaaaa\n');
    const before = linterVersion(root, [fingerprint]);
    writeFileSync(fingerprint, 'aaaaaaaaaaaa\nbbbbbbbbbbbb\n');
    utimesSync(fingerprint, new Date(), new Date(Date.now() + 5000));
    expect(linterVersion(root, [fingerprint])).not.toBe(before);
    expect(linterVersion(root, [fingerprint])).toBe(linterVersion(root, [fingerprint]));
    const a = new ContentCheckCache(cache, dir, 'version-a');
    a.set('press/x.md', 'text', { problems: [], links: {} });
    a.save();
    expect(new ContentCheckCache(cache, dir, 'version-a').get('press/x.md', 'text')).toEqual({
      problems: [],
      links: {},
    });
    expect(new ContentCheckCache(cache, dir, 'version-b').get('press/x.md', 'text')).toBeUndefined();
  });

  it('still checks links across records when the linking file comes from the cache', () => {
    const dir = baseContent();
    const cache = mkdtempSync(join(tmpdir(), 'kb-lint-cache-'));
    appendFileSync(join(dir, 'press/2021-11-16-fixture.md'), '\nSee [a practice](../../practices/hostile-text/).\n');
    expect(run(dir, cache).problems).toEqual([]);
    rmSync(join(dir, 'practices/hostile-text.md'));
    const second = run(dir, cache);
    expect(second.stats.misses).toBe(0);
    expect(second.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'press/2021-11-16-fixture.md: link to "../../practices/hostile-text/" goes to /practices/hostile-text/, which is not a page of this site',
    ]);
  });

  it('keeps only the files of the last run', () => {
    const dir = baseContent();
    const cache = mkdtempSync(join(tmpdir(), 'kb-lint-cache-'));
    const first = run(dir, cache);
    rmSync(join(dir, 'practices/hostile-text.md'));
    run(dir, cache);
    const [file] = readdirSync(cache);
    const stored = JSON.parse(readFileSync(join(cache, file!), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(stored.files)).toHaveLength(first.stats.misses - 1);
  });
});
