// The registry (src/lib/collections.ts) is the one description of a collection: a fixture collection registered here,
// in the test only, gets its URLs, labels, linter checks and open-data columns without an edit anywhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { allCollections, collection, COLLECTIONS, registerCollection } from '../../src/lib/collections.ts';
import { recordUrl, PAGE_COLLECTIONS, paths } from '../../src/lib/urls.ts';
import { validateRecords } from '../../src/lib/content-check/validate.ts';
import type { LoadedRecord } from '../../src/lib/content-check/load.ts';
import { refChecker, type Ids } from '../../src/lib/content-check/rules/index.ts';
import { csvRecords, type Table } from '../../src/lib/open-data.ts';
import { collectionNames, type CollectionName, type RefBuilder } from '../../src/schemas/fields.ts';

// A fixture collection: GRETA country reports, one per country and round, id "<country>-round-<n>".
const FIXTURE = 'reports' as CollectionName;
const reportSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({ country: ref('countries'), round: z.number().int().min(1), title: z.string().min(1) });
const reportTable: Table = {
  name: 'reports',
  title: 'GRETA reports',
  description: 'One row per report.',
  fields: [
    { name: 'id', type: 'string', description: 'Record id.', required: true },
    { name: 'country', type: 'string', description: 'Country id.', required: true },
    { name: 'round', type: 'integer', description: 'Evaluation round.', required: true },
  ],
};

let unregister: () => void;
beforeAll(() => {
  unregister = registerCollection(FIXTURE, {
    storage: { kind: 'entries', dir: 'reports' },
    schema: reportSchema,
    labels: { one: 'GRETA report', many: 'GRETA reports', ref: 'GRETA report' },
    refHint: 'use the id of a file in content/reports/',
    idRule: {
      from: (d) =>
        typeof d.country === 'string' && typeof d.round === 'number' ? `${d.country}-round-${d.round}` : undefined,
      explain: 'country, "round-" and the round number',
    },
    path: (id) => `/reports/${id}/`,
    ownPage: true,
    order: (a, b) => a.round - b.round,
    name: (d) => d.title,
    description: 'GRETA country evaluation reports.',
    tables: [reportTable],
  });
});
afterAll(() => unregister());

function record(collectionName: CollectionName, id: string, data: unknown): LoadedRecord {
  return {
    collection: collectionName,
    id,
    file: `content/${collectionName}/${id}.md`,
    data,
    locate: () => ({ line: 2, column: 1 }),
    body: { text: '', format: 'md', firstLine: 5 },
  };
}
const france = record('countries', 'fr', {});

describe('the registry', () => {
  it('describes every collection of src/schemas/fields.ts, in one entry each', () => {
    expect(Object.keys(COLLECTIONS).sort()).toEqual([...collectionNames].sort());
    expect(allCollections()).toContain(FIXTURE);
  });

  it('gives the URL of a record of the fixture collection', () => {
    expect(recordUrl(FIXTURE, 'fr-round-3')).toBe('/reports/fr-round-3/');
    expect(collection(FIXTURE).ownPage).toBe(true);
  });

  it('gives its labels and list order', () => {
    expect(collection(FIXTURE).labels).toEqual({ one: 'GRETA report', many: 'GRETA reports', ref: 'GRETA report' });
    const sorted = [{ round: 3 }, { round: 1 }].sort(collection(FIXTURE).order);
    expect(sorted.map((d) => d.round)).toEqual([1, 3]);
  });

  it('lets the linter check its records: schema, id rule and references, in the registry words', () => {
    const ok = record(FIXTURE, 'fr-round-3', { country: 'fr', round: 3, title: 'Third report on France' });
    expect(validateRecords([france, ok]).filter((p) => p.file.startsWith('content/reports/'))).toEqual([]);

    const problems = validateRecords([
      france,
      record(FIXTURE, 'fr-round-2', { country: 'de', round: 3, title: 'x' }),
    ]).filter((p) => p.file.startsWith('content/reports/'));
    expect(problems.map((p) => `${p.field ?? ''}: ${p.message} | ${p.fix}`)).toEqual([
      ': id "fr-round-2" does not match its record | name the file de-round-3.md (country, "round-" and the round number)',
      'country: unknown country "de" | use an ISO 3166-1 alpha-2 code in lower case that is a key of content/data/countries.yaml, e.g. "fr"',
    ]);
  });

  it('lets other records refer to it, with its own words in the linter message', () => {
    const ref = refChecker({ [FIXTURE]: new Set(['fr-round-3']) } as Ids)(FIXTURE);
    expect(ref.safeParse('fr-round-3').success).toBe(true);
    const issue = ref.safeParse('fr-round-4').error?.issues[0];
    expect([issue?.message, (issue as { params?: { fix?: string } })?.params?.fix]).toEqual([
      'unknown GRETA report "fr-round-4" (did you mean "fr-round-3"?)',
      'use the id of a file in content/reports/',
    ]);
  });

  it('gives its open-data columns, which a CSV row must fill exactly', () => {
    const [table] = collection(FIXTURE).tables;
    expect(table!.fields.map((f) => f.name)).toEqual(['id', 'country', 'round']);
    expect(csvRecords(table!, [{ id: 'fr-round-3', country: 'fr', round: 3 }])).toEqual([['fr-round-3', 'fr', 3]]);
  });

  it('keeps the names others import: labels, page collections and paths read the registry', () => {
    expect(collection('naps').labels.many).toBe('National Action Plans');
    expect(PAGE_COLLECTIONS).toEqual([
      'convention',
      'commitments',
      'naps',
      'practices',
      'press',
      'people',
      'countries',
      'themes',
      'organisations',
    ]);
    expect(paths.article(4, '4(a)')).toBe('/convention/articles/4/#para-4-a');
    expect(paths.commitment('pc-dec-557', 'III.1.2')).toBe('/commitments/pc-dec-557/#p-iii-1-2');
    expect(recordUrl('facts', 'entry-into-force')).toBe('/convention/#key-facts');
    expect(recordUrl('rounds', 'round-3')).toBe('/convention/#round-3');
    expect(recordUrl('sources', 's01')).toBeUndefined();
  });
});
