// Open data without a build: JSON Schemas generated from the Zod schemas accept the real records,
// the CSV row builders give exactly the declared columns, and datapackage.json follows the Frictionless profile.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { frictionlessProfile as profile, jsonSchemaValidator, profileValidator } from '../helpers/json-schema.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { collectionNames, type CollectionName } from '../../src/schemas/fields.ts';
import { collections as registry } from '../../src/schemas/index.ts';
import {
  articleRows,
  collectionJson,
  idReference,
  collectionJsonSchema,
  commitmentRows,
  countryRows,
  csvRecords,
  dataPackage,
  NAP_FIELDS,
  napCsvRow,
  obligationRows,
  practiceRows,
  pressRows,
  provisionRows,
  recordJson,
  recordJsonPath,
  TABLES,
  tableSchemaField,
  toPlain,
  type DerivedFrom,
  type PlainEntry,
  withDerivedFields,
} from '../../src/lib/open-data.ts';

const root = resolve(import.meta.dirname, '../..');
const { records } = loadContent(contentRoot(root), root);
/** The records of a collection as the build sees them: parsed by the schema (defaults applied), references as ids. */
const own = (c: CollectionName): PlainEntry[] =>
  records
    .filter((r) => r.collection === c)
    .map((r) => ({
      id: r.id,
      data: toPlain(registry[c].schema(idReference).parse(r.data)) as Record<string, unknown>,
    }));
/** …and as published: with the fields derived from other records (an article's GRETA rounds). */
const parsed = (c: CollectionName): PlainEntry[] => [
  ...withDerivedFields(c, own(c), { rounds: own('rounds').map((r) => r.data as DerivedFrom['rounds'][number]) }),
];
const pageOf = (c: string) => (id: string, anchor?: string) =>
  `https://kb.example.org/${c}/${id}/${anchor ? `#${anchor}` : ''}`;

describe('toPlain', () => {
  it('turns references into ids and drops undefined fields', () => {
    expect(
      toPlain({
        country: { collection: 'countries', id: 'fr' },
        themes: [{ collection: 'themes', id: 'nrm' }],
        note: undefined,
        n: 2,
      }),
    ).toEqual({ country: 'fr', themes: ['nrm'], n: 2 });
  });
  it('keeps objects that only look a little like references', () => {
    expect(toPlain({ commitment: 'pc-dec-557', ref: 'V.3' })).toEqual({ commitment: 'pc-dec-557', ref: 'V.3' });
  });
});

describe('recordJsonPath', () => {
  it('puts the JSON file next to the page', () => {
    expect(recordJsonPath('/naps/fr-2024-2027/')).toBe('/naps/fr-2024-2027.json');
    expect(recordJsonPath('/kb/convention/articles/12/')).toBe('/kb/convention/articles/12.json');
  });
  it('gives no file for an anchor or the root', () => {
    expect(recordJsonPath('/convention/#key-facts')).toBeUndefined();
    expect(recordJsonPath('/')).toBeUndefined();
  });
});

describe('JSON Schemas from the Zod schemas', () => {
  const ajv = jsonSchemaValidator();
  it.each(collectionNames)('%s: every record validates against its generated schema', (c) => {
    const schema = collectionJsonSchema(c, `https://kb.example.org/data/schemas/${c}.schema.json`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = ajv.compile(schema);
    const list = parsed(c).map((e) => recordJson(e, `https://kb.example.org/${c}/${e.id}/`));
    const file = collectionJson(c, { title: c, description: c, schemaUrl: 'https://kb.example.org/x.json' }, list);
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
    ajv.removeSchema(schema.$id as string);
  });
  it('refuses a record with an unknown field or a reference that is not an id', () => {
    const schema = collectionJsonSchema('naps', 'https://kb.example.org/data/schemas/naps-test.schema.json');
    const validate = ajv.compile({
      ...schema,
      $ref: '#/$defs/record',
      properties: undefined,
      required: undefined,
      type: undefined,
      additionalProperties: undefined,
    });
    const nap = recordJson(parsed('naps')[0]!, 'https://kb.example.org/naps/x/');
    expect(validate(nap), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...nap, extra: 1 })).toBe(false);
    expect(validate({ ...nap, country: { collection: 'countries', id: 'fr' } })).toBe(false);
  });
});

describe('CSV row builders', () => {
  const builders = {
    countries: () => countryRows(parsed('countries'), pageOf('countries')),
    commitments: () => commitmentRows(parsed('commitments'), pageOf('commitments')),
    provisions: () => provisionRows(parsed('commitments'), pageOf('commitments')),
    articles: () => articleRows(parsed('convention'), pageOf('convention')),
    obligations: () => obligationRows(parsed('convention'), pageOf('convention')),
    practices: () => practiceRows(parsed('practices'), pageOf('practices')),
    press: () => pressRows(parsed('press'), pageOf('press')),
  } as const;
  it.each(Object.keys(builders) as (keyof typeof builders)[])(
    '%s: every row has exactly the declared fields, each value in its vocabulary',
    (name) => {
      const table = TABLES.find((t) => t.name === name)!;
      const rows = builders[name]();
      expect(rows.length).toBeGreaterThan(0);
      const values = csvRecords(table, rows);
      table.fields.forEach((f, i) => {
        for (const row of values) {
          const v = String(row[i] ?? '');
          if (f.required) expect(v, `${name}.${f.name}`).not.toBe('');
          if (v === '') continue;
          if (f.enum) expect(f.enum, `${name}.${f.name}`).toContain(v);
          if (f.pattern) expect(v, `${name}.${f.name}`).toMatch(new RegExp(`^(?:${f.pattern})$`));
          if (f.type === 'integer') expect(v, `${name}.${f.name}`).toMatch(/^-?\d+$/);
          if (f.type === 'boolean') expect(['yes', 'no'], `${name}.${f.name}`).toContain(v);
        }
      });
    },
  );
  it('csvRecords refuses a row with a missing or an extra column', () => {
    const table = TABLES.find((t) => t.name === 'obligations')!;
    const row = Object.fromEntries(table.fields.map((f) => [f.name, 'x']));
    expect(() => csvRecords(table, [{ ...row, extra: 1 }])).toThrow(/extra/);
    const { text: _text, ...short } = row;
    expect(() => csvRecords(table, [short])).toThrow(/missing text/);
  });
  it('napCsvRow keeps the columns of /naps/naps.csv', () => {
    const row = napCsvRow({
      id: 'fr-2024-2027',
      country: 'France',
      countryId: 'fr',
      title: 'Plan',
      titleOriginal: '',
      from: 2024,
      to: 2027,
      current: true,
      adopted: '2024-05',
      coordinator: 'MIPROF',
      rapporteurExists: 'Yes',
      rapporteurIndependent: 'Unknown',
      budget: 'Partly',
      budgetAmount: '',
      monitoringFramework: 'Yes',
      indicators: 'No',
      evaluationPublished: 'Unknown',
      victimSupportUnconditional: 'Partly',
      coverage: {
        'labour-exploitation': 'Addressed',
        'supply-chains': 'Partly addressed',
        technology: 'Not addressed',
        'financial-flows': 'Unknown',
        demand: 'Unknown',
        'child-trafficking': 'Addressed',
        nrm: 'Addressed',
        'national-rapporteurs': 'Unknown',
      },
      verification: 'unverified',
      sources: ['https://a.example/1', 'https://a.example/2'],
      url: 'https://kb.example.org/naps/fr-2024-2027/',
    });
    expect(Object.keys(row)).toEqual(NAP_FIELDS.map((f) => f.name));
    expect(row).toMatchObject({
      country_iso2: 'fr',
      current: 'yes',
      dedicated_budget: 'Partly',
      coverage_supply_chains: 'Partly addressed',
      sources: 'https://a.example/1 | https://a.example/2',
    });
  });
  it('the provision rows link the provision anchor, the obligation rows the paragraph', () => {
    const p = provisionRows(parsed('commitments'), pageOf('commitments'))[0]!;
    expect(p.url).toContain(`#${p.ref}`);
    const o = obligationRows(parsed('convention'), pageOf('convention'))[0]!;
    expect(o.url).toContain(`#${o.paragraph}`);
  });
});

describe('datapackage.json', () => {
  const pkg = dataPackage({
    home: 'https://kb.example.org/',
    dataPage: 'https://kb.example.org/data/',
    collections: collectionNames.map((name) => ({ name, title: name, description: `All ${name}.`, count: 1 })),
    tables: TABLES.map((table) => ({ table, count: 1 })),
  });
  const ajv = profileValidator();
  it('follows the Data Package profile (v1, as shipped in the datapackage npm package)', () => {
    const validate = ajv.compile(profile('data-package.json'));
    expect(validate(pkg), ajv.errorsText(validate.errors)).toBe(true);
  });
  it('describes every CSV as a Tabular Data Resource', () => {
    const validate = ajv.compile(profile('tabular-data-resource.json'));
    const tabular = pkg.resources.filter((r) => r.profile === 'tabular-data-resource');
    expect(tabular.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
    for (const r of tabular) expect(validate(r), `${r.name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  });
  it('gives resources unique names, CC BY 4.0 and relative paths', () => {
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    for (const r of pkg.resources) expect(r.path).toMatch(/^[a-z0-9-]+\.(csv|json)$/);
  });
  it('writes boolean fields with their yes/no values', () => {
    expect(
      tableSchemaField({ name: 'current', type: 'boolean', description: 'd', enum: ['yes', 'no'], required: true }),
    ).toEqual({
      name: 'current',
      type: 'boolean',
      description: 'd',
      trueValues: ['yes'],
      falseValues: ['no'],
      constraints: { required: true },
    });
  });
});
