// The deny-list of words about how the site is made: the process sense is caught, the ordinary sense is not.
import { describe, expect, it } from 'vitest';
import { findProcessWords } from '../../src/lib/content-check/process-words.ts';

const words = (text: string) => findProcessWords(text).map((h) => h.text);

describe('process words', () => {
  it.each([
    ['The text was not found in a stored copy.', 'stored copy'],
    ['The dates were not shown in the stored copies.', 'stored copies'],
    ['Press release (stored mirror of osce.org/mc/53165)', 'stored mirror'],
    ['Following the brief for final clauses, each paragraph is a permission.', 'Following the brief'],
    ['See GitHub issue 12 and issue #14.', 'GitHub issue'],
    ['Checked in an earlier session.', 'an earlier session'],
    ['The search tool returned nothing.', 'The search tool returned'],
    ['TODO: add the venue.', 'TODO'],
    ["Dates follow the project's reference data.", "the project's reference"],
  ])('flags %j', (text, hit) => {
    expect(words(text)).toContain(hit);
  });

  it.each([
    'States must issue residence permits; the issue of demand is raised; documents issued by them.',
    'Oslo Law Review 2024 issue 2; Human Trafficking Issues; an Issue Paper.',
    'Plans were brief and hard to find; results in brief; a policy brief; the brief period of reflection.',
    'The 116th session of the Committee of Ministers; training sessions; the opening session; the previous session of the Assembly.',
    'A search tool that finds possible victims in bank data; the tool connects phone numbers.',
    'Foreign domestic helpers; scaffolding on construction sites.',
    "The project's partners and the project's good-practice page.",
    'Our reading of the two texts; a copy on 123dok; the text could not be read.',
  ])('leaves the ordinary sense alone: %j', (text) => {
    expect(words(text)).toEqual([]);
  });
});
