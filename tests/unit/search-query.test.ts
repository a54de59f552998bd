import { describe, expect, it } from 'vitest';
import { hasPhrase, shortenQuery, straightQuotes, withoutQuotes } from '../../src/lib/search/query.ts';
import {
  buildVocabulary,
  editDistance,
  queryWordUnmatched,
  suggestQuery,
  vocabularyWords,
} from '../../src/lib/search/suggest.ts';

describe('search queries', () => {
  it('shorten a very long query for the status line, at a word, with an ellipsis', () => {
    expect(shortenQuery('victims')).toBe('victims');
    const long =
      'identification of victims of trafficking in human beings for the purpose of labour exploitation in agriculture';
    const short = shortenQuery(long);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortenQuery('x'.repeat(200)).length).toBe(60);
  });
  it('recognise a quoted phrase, straight or typographic', () => {
    expect(hasPhrase('"labour exploitation"')).toBe(true);
    expect(hasPhrase('“labour exploitation” Moldova')).toBe(true);
    expect(hasPhrase('labour exploitation')).toBe(false);
    expect(withoutQuotes('"labour exploitation" Moldova')).toBe('labour exploitation Moldova');
    expect(straightQuotes('“non-punishment”')).toBe('"non-punishment"');
  });
});

describe('did you mean', () => {
  const vocabulary = buildVocabulary([
    'Trafficking in human beings',
    'Identification of the victims',
    'Trafficking for labour exploitation',
    'Victim identification',
    'Trafficking of children',
    'Compensation and legal redress',
    'Türkiye',
  ]);
  it('builds a word list of the words of four letters or more, most frequent first, without accents', () => {
    expect(vocabulary[0]).toBe('trafficking');
    expect(vocabulary).toContain('identification');
    expect(vocabulary).toContain('turkiye');
    expect(vocabulary).not.toContain('of');
    expect(vocabularyWords('Non-punishment')).toEqual(['punishment']);
  });
  it('measures edit distance with transpositions', () => {
    expect(editDistance('traficking', 'trafficking')).toBe(1);
    expect(editDistance('identifcation', 'identification')).toBe(1);
    expect(editDistance('victmi', 'victim')).toBe(1);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
  });
  it('suggests known words for unknown ones and leaves known words and prefixes alone', () => {
    expect(suggestQuery('traficking', vocabulary)).toBe('trafficking');
    expect(suggestQuery('identifcation', vocabulary)).toBe('identification');
    expect(suggestQuery('labour explotation', vocabulary)).toBe('labour exploitation');
    expect(suggestQuery('Compensation', vocabulary)).toBeUndefined();
    expect(suggestQuery('traffick', vocabulary)).toBeUndefined();
    expect(suggestQuery('zzzxqy', vocabulary)).toBeUndefined();
    expect(suggestQuery('MC.DEC/6/17', vocabulary)).toBeUndefined();
  });
});

describe('did you mean: when Pagefind guessed', () => {
  it('notices a query word highlighted in no excerpt', () => {
    expect(queryWordUnmatched('identifcation', ['Victim <mark>identification.</mark> Group'])).toBe(true);
    expect(queryWordUnmatched('victims', ['the <mark>victim</mark> and'])).toBe(false);
    expect(
      queryWordUnmatched('identification of victims', [
        '<mark>Identification</mark> <mark>of</mark> the <mark>victims.</mark>',
      ]),
    ).toBe(false);
    expect(queryWordUnmatched('"labour exploitation"', ['for <mark>labour</mark> <mark>exploitation</mark>'])).toBe(
      false,
    );
  });
});
