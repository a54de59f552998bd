// Open data in the built site: every file under /data/ is in datapackage.json and linked from /data/,
// every JSON validates against its published schema, every CSV parses with its declared fields,
// per-record files match their collection, and no address points at localhost.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import { frictionlessProfile as profile, jsonSchemaValidator, profileValidator } from '../helpers/json-schema.ts';
import { page } from '../helpers/built-site.ts';
import { TEST_SITE_URL } from '../helpers/test-site.ts';

const dist = inject('distDir');
const subpathDist = inject('subpathDistDir');
const subpathBase = inject('subpathBase');
const dataDir = join(dist, 'data');

const read = (file: string) => readFileSync(file, 'utf8');
const json = (file: string) => JSON.parse(read(file));
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));

interface Field {
  name: string;
  type: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  format: string;
  jsonSchema?: string;
  schema?: { fields: Field[] };
}
const pkg: { resources: Resource[]; licenses: { name: string }[]; created: string } = json(
  join(dataDir, 'datapackage.json'),
);
const csvResources = pkg.resources.filter((r) => r.format === 'csv');
const jsonResources = pkg.resources.filter((r) => r.format === 'json');
const dataFiles = files(dataDir).filter((f) => /\.(json|csv)$/.test(f) && f !== 'datapackage.json');

/** Per-record files: JSON next to a page (/naps/x.json beside /naps/x/index.html), outside /data/. */
const recordFiles = files(dist).filter(
  (f) => f.endsWith('.json') && !f.startsWith('data/') && existsSync(join(dist, f.replace(/\.json$/, '/index.html'))),
);

describe('open data: the package and the page', () => {
  it("lists every file under /data/ in datapackage.json, as a resource or as a resource's JSON Schema", () => {
    const listed = new Set(pkg.resources.flatMap((r) => [r.path, ...(r.jsonSchema ? [r.jsonSchema] : [])]));
    expect(dataFiles.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !dataFiles.includes(f))).toEqual([]);
    expect(csvResources.length).toBeGreaterThanOrEqual(9);
    expect(jsonResources.length).toBeGreaterThanOrEqual(13);
  });
  it('links every file from /data/, with the licence, the build date and a way to cite', () => {
    const p = page(dist, '/data/');
    const hrefs = new Set(p.dom.querySelectorAll('a').map((a) => a.getAttribute('href')));
    expect(['datapackage.json', ...dataFiles].filter((f) => !hrefs.has(`/data/${f}`))).toEqual([]);
    expect(hrefs.has('https://creativecommons.org/licenses/by/4.0/')).toBe(true);
    expect(p.dom.querySelector('time')?.getAttribute('datetime')).toBe(pkg.created);
    expect(p.dom.querySelector('#cite')).not.toBeNull();
  });
  it('is linked from the footer of every page', () => {
    expect(page(dist, '/').dom.querySelector('footer a[href="/data/"]')).not.toBeNull();
  });
  it('follows the Frictionless Data Package profile, and each CSV the Tabular Data Resource profile', () => {
    const ajv = profileValidator();
    const pkgValid = ajv.compile(profile('data-package.json'));
    expect(pkgValid(pkg), ajv.errorsText(pkgValid.errors)).toBe(true);
    const resValid = ajv.compile(profile('tabular-data-resource.json'));
    for (const r of csvResources) expect(resValid(r), `${r.name}: ${ajv.errorsText(resValid.errors)}`).toBe(true);
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
  });
});

describe('open data: JSON against its schemas', () => {
  const ajv = jsonSchemaValidator();
  const schemas = new Map<string, string>();
  for (const r of jsonResources) {
    const schema = json(join(dataDir, r.jsonSchema!));
    ajv.addSchema(schema);
    schemas.set(r.path, schema.$id);
  }
  it.each(jsonResources.map((r) => r.path))('%s validates against its schema', (path) => {
    const validate = ajv.getSchema(schemas.get(path)!)!;
    const data = json(join(dataDir, path));
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data.count).toBe(data.records.length);
    expect(data.schema).toBe(schemas.get(path));
  });

  // Every record that has a page: its file, equal to its entry in the collection file, valid against `record`.
  const byPage = new Map<string, { collection: string; record: unknown }>();
  for (const r of jsonResources)
    for (const rec of json(join(dataDir, r.path)).records)
      if (rec.page) byPage.set(rec.page, { collection: r.path, record: rec });
  it('publishes one JSON file next to every record page, equal to the record in its collection file', () => {
    expect(recordFiles.length).toBe(byPage.size);
    for (const f of recordFiles) {
      const rec = json(join(dist, f));
      const pageUrl = new URL(`/${f.replace(/\.json$/, '/')}`, TEST_SITE_URL).href;
      expect(rec.page, f).toBe(pageUrl);
      expect(rec, f).toEqual(byPage.get(pageUrl)?.record);
    }
  });
  it("every per-record file validates against the record definition of its collection's schema", () => {
    const failures = recordFiles.flatMap((f) => {
      const rec = json(join(dist, f));
      const validate = ajv.getSchema(`${schemas.get(byPage.get(rec.page)!.collection)}#/$defs/record`)!;
      return validate(rec) ? [] : [`${f}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(failures).toEqual([]);
  });
});

describe('open data: CSV', () => {
  it.each(csvResources.map((r) => r.path))('%s parses with its declared fields and values', (path) => {
    const r = csvResources.find((x) => x.path === path)!;
    const fields = r.schema!.fields;
    const rows: string[][] = parse(read(join(dataDir, path)), { relax_column_count: false });
    expect(rows[0]).toEqual(fields.map((f) => f.name));
    expect(rows.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const [i, row] of rows.slice(1).entries()) {
      fields.forEach((f, j) => {
        const v = row[j]!;
        const c = f.constraints ?? {};
        const at = `${path} row ${i + 2} ${f.name} "${v}"`;
        if (v === '') {
          if (c.required) problems.push(`${at}: required`);
          return;
        }
        if (c.enum && !c.enum.includes(v)) problems.push(`${at}: not in ${c.enum.join('/')}`);
        if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(v)) problems.push(`${at}: does not match ${c.pattern}`);
        if (f.type === 'integer' && !/^-?\d+$/.test(v)) problems.push(`${at}: not an integer`);
        if (f.type === 'boolean' && ![...(f.trueValues ?? []), ...(f.falseValues ?? [])].includes(v))
          problems.push(`${at}: not a boolean value`);
      });
    }
    expect(problems).toEqual([]);
  });
  it('gives the same NAP and crosswalk tables as the older exports', () => {
    expect(read(join(dataDir, 'naps.csv'))).toBe(read(join(dist, 'naps/naps.csv')));
    expect(read(join(dataDir, 'crosswalk.csv'))).toBe(read(join(dist, 'crosswalk/crosswalk.csv')));
  });
});

describe('open data: addresses', () => {
  it('no file under /data/, no per-record file and no export mentions localhost', () => {
    const all = [
      ...dataFiles.map((f) => `data/${f}`),
      'data/datapackage.json',
      'data/index.html',
      ...recordFiles,
      'naps/naps.csv',
      'crosswalk/crosswalk.csv',
      'crosswalk/crosswalk.json',
    ];
    expect(all.filter((f) => /localhost|127\.0\.0\.1/.test(read(join(dist, f))))).toEqual([]);
  });
  it('uses absolute addresses from SITE_URL, with the base path under a sub-path', () => {
    const naps = json(join(dataDir, 'naps.json'));
    expect(naps.schema).toBe(new URL('/data/schemas/naps.schema.json', TEST_SITE_URL).href);
    expect(naps.records[0].page.startsWith(new URL('/naps/', TEST_SITE_URL).href)).toBe(true);
    const sub = json(join(subpathDist, 'data/naps.json'));
    expect(sub.schema).toBe(new URL(`${subpathBase}data/schemas/naps.schema.json`, TEST_SITE_URL).href);
    expect(sub.records[0].page.startsWith(new URL(`${subpathBase}naps/`, TEST_SITE_URL).href)).toBe(true);
    expect(existsSync(join(subpathDist, relative(dist, join(dist, recordFiles[0]!))))).toBe(true);
    const subPkg = json(join(subpathDist, 'data/datapackage.json'));
    expect(subPkg.homepage).toBe(new URL(`${subpathBase}data/`, TEST_SITE_URL).href);
  });
});
