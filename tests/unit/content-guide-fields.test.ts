// The field tables of docs/content-guide.md are generated from the schemas; the committed guide must be current.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fieldTable, withFieldTables } from '../../src/lib/field-tables.ts';

describe('content guide field tables', () => {
  it('are current: run `npm run docs:fields` after changing a schema', () => {
    const guide = readFileSync(new URL('../../docs/content-guide.md', import.meta.url), 'utf8');
    expect(
      withFieldTables(guide) === guide,
      'docs/content-guide.md field tables are out of date: run `npm run docs:fields`',
    ).toBe(true);
  });

  it('list nested fields, references, closed vocabularies and defaults from the schema itself', () => {
    const table = fieldTable('naps');
    expect(table).toContain('| `period.from` | whole number | yes |  |');
    expect(table).toContain('| `country` | id in `countries` | yes |  |');
    expect(table).toContain(
      '| `coverage[].status` | one of | yes | `addressed`, `partly`, `not-addressed`, `unknown` |',
    );
    expect(fieldTable('practices')).toMatch(
      /^\| `sectors` \| list of: one of \| no \| `agriculture`, `construction`, /m,
    );
    // An article's GRETA rounds are no field of it: content/data/greta-rounds.yaml lists them (the rounds table).
    expect(fieldTable('convention')).not.toContain('gretaRounds');
    expect(fieldTable('rounds')).toContain('| `articles` | list of: id in `convention` | no |  |');
  });
});
