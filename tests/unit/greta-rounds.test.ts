// The GRETA round ↔ article link is held by content/data/greta-rounds.yaml (with its sources); an article's rounds derive from it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { gretaRoundsOfArticle } from '../../src/lib/greta.ts';
import { gretaRounds } from '../../src/lib/content-check/rules/greta-rounds.ts';
import type { LoadedRecord } from '../../src/lib/content-check/load.ts';

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

  it('the linter says where an article disagrees with the rounds file, and what to write', () => {
    const record = (collection: 'rounds' | 'convention', id: string): LoadedRecord => ({
      collection,
      id,
      file: `content/${collection}/${id}`,
      data: {},
      locate: () => ({ line: 7, column: 1 }),
    });
    const valid = new Map<LoadedRecord, unknown>([
      [record('rounds', 'round-3'), { number: 3, articles: ['article-12'] }],
      [record('rounds', 'round-4'), { number: 4, articles: ['article-12'] }],
      [record('convention', 'article-12'), { gretaRounds: [3] }],
      [record('convention', 'article-13'), { gretaRounds: [] }],
    ]);
    expect(gretaRounds({ records: [...valid.keys()], valid })).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "field": "gretaRounds",
          "file": "content/convention/article-12",
          "fix": "write gretaRounds: [3, 4]; to change which articles a round examined, edit the round (with its source) in the shared reference data and run \`npm run import:reference\`",
          "line": 7,
          "message": "gretaRounds is [3] but content/data/greta-rounds.yaml lists article-12 in rounds 3, 4",
        },
      ]
    `);
  });
});
