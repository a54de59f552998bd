/** A reference to another record names an id that exists in that collection. */
import { z } from 'astro/zod';
import type { CollectionName } from '../../../schemas/index.ts';
import { closest } from '../problems.ts';
import type { Ids } from './types.ts';

const REF_HINTS: Record<CollectionName, string> = {
  countries: 'use an ISO 3166-1 alpha-2 code in lower case that is a key of content/data/countries.yaml, e.g. "fr"',
  themes: 'use a theme id from content/data/themes.yaml',
  organisations: 'use an organisation id from content/data/organisations.yaml',
  chapters: 'use a chapter id from content/data/chapters.yaml (its roman numeral in lower case, e.g. "iii")',
  sources: 'use a source id from content/data/sources.yaml, e.g. "s02"',
  facts: 'use a key of content/data/convention-facts.yaml',
  rounds: 'use a round id of content/data/greta-rounds.yaml, e.g. "round-3"',
  convention: 'use an article id from content/convention/: "article-" and two digits, e.g. "article-04"',
  commitments: 'use the id of a file in content/commitments/ (the symbol in kebab-case, e.g. "pc-dec-557")',
  naps: 'use the id of a file in content/naps/',
  practices: 'use the id of a file in content/practices/',
  press: 'use the id of a file in content/press/',
  people: 'use the id of a file in content/people/ (first and last name in kebab-case, e.g. "valiant-richey")',
};

const SINGULAR: Record<CollectionName, string> = {
  countries: 'country', themes: 'theme', organisations: 'organisation', chapters: 'chapter', sources: 'source', facts: 'Convention fact', rounds: 'GRETA round',
  convention: 'Convention article', commitments: 'OSCE commitment', naps: 'NAP', practices: 'good practice', press: 'press release', people: 'person',
};

/** The reference builder of the linter: an id that must exist in the loaded collection. */
export function refChecker(ids: Ids) {
  return (collection: CollectionName) =>
    z.string({ error: `expected the id of a ${collection} record, as text` }).superRefine((id, ctx) => {
      if (ids[collection].has(id)) return;
      const near = closest(id, ids[collection]);
      ctx.addIssue({
        code: 'custom',
        message: `unknown ${SINGULAR[collection]} "${id}"${near ? ` (did you mean "${near}"?)` : ''}`,
        params: { fix: REF_HINTS[collection] },
      });
    });
}
