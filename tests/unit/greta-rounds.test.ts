// The GRETA round ↔ article link is held once, by content/data/greta-rounds.yaml (with its sources): an article has no
// field for it, and its page and the open data derive its rounds from the rounds file.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gretaRoundsOfArticle } from '../../src/lib/greta.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { articleRows, recordJson, recordSchema, withDerivedFields } from '../../src/lib/open-data.ts';
import { baseContent } from '../helpers/fixtures.ts';

const rounds = Object.values(
  parse(readFileSync(new URL('../../content/data/greta-rounds.yaml', import.meta.url), 'utf8')) as Record<
    string,
    { number: number; articles: string[] }
  >,
);

describe('GRETA rounds of an article', () => {
  it('derive from the rounds file, in order, with ids or references alike', () => {
    expect(gretaRoundsOfArticle(rounds, 'article-12')).toEqual([3, 4]);
    expect(gretaRoundsOfArticle(rounds, 'article-01')).toEqual([]);
    expect(
      gretaRoundsOfArticle(
        [
          { number: 4, articles: [{ id: 'article-12' }] },
          { number: 3, articles: [{ id: 'article-12' }] },
        ],
        'article-12',
      ),
    ).toEqual([3, 4]);
  });

  it('no article record writes them: the rounds file is the one place', () => {
    const dir = new URL('../../content/convention/', import.meta.url);
    for (const n of Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')))
      expect(readFileSync(new URL(`article-${n}.md`, dir), 'utf8'), `article-${n}`).not.toMatch(/^gretaRounds:/m);
  });

  it('the open data still publish them, derived: the JSON field gretaRounds and the CSV column greta_rounds', () => {
    const articles = [
      { id: 'article-01', data: { number: 1, verification: { status: 'verified' } } },
      { id: 'article-12', data: { number: 12, verification: { status: 'verified' } } },
    ];
    const published = withDerivedFields('convention', articles, { rounds });
    expect(published.map((e) => e.data)).toEqual([
      { number: 1, verification: { status: 'verified' }, gretaRounds: [] },
      { number: 12, verification: { status: 'verified' }, gretaRounds: [3, 4] },
    ]);
    expect(recordJson(published[1]!, undefined)).toMatchObject({ id: 'article-12', gretaRounds: [3, 4] });
    expect(articleRows([...published], (id) => id).map((r) => r.greta_rounds)).toEqual(['', '3 | 4']);
    // The published schema declares the derived field; other collections pass through untouched.
    expect(Object.keys(recordSchema('convention').shape)).toContain('gretaRounds');
    expect(withDerivedFields('naps', articles, { rounds })).toBe(articles);
  });

  it('the linter refuses a round that names an article with no record', () => {
    const dir = baseContent();
    const file = join(dir, 'data/greta-rounds.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('articles: []', 'articles: [article-12, article-99]'));
    const problems = checkContent(dir, dir).filter((p) => p.file === 'data/greta-rounds.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'articles.1',
      message: 'unknown Convention article "article-99" (did you mean "article-12"?)',
    });
  });

  it('an article that still writes gretaRounds is told where the link lives now', () => {
    const dir = baseContent();
    const file = join(dir, 'convention/article-12.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(officialText:)/m, 'gretaRounds: [3, 4]\n$1'));
    const problems = checkContent(dir, dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'convention/article-12.md',
      field: 'gretaRounds',
      line: 11,
      message: '"gretaRounds" is no longer a field here',
      fix: expect.stringContaining("under each round's `articles` in content/data/greta-rounds.yaml"),
    });
  });
});
