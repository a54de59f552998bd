// The editors' JSON Schemas (schemas/) are current, accept every record as an editor's YAML tool reads it, and refuse typical slips.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { collections, type CollectionName } from '../../src/schemas/index.ts';
import { EDITOR_SCHEMA_DIR, editorSchemaFiles, fileName, yamlSchemaMapping } from '../../src/lib/editor-schemas.ts';
import { jsonSchemaValidator } from '../helpers/json-schema.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, EDITOR_SCHEMA_DIR);
const names = Object.keys(collections) as CollectionName[];
const validatorOf = (c: CollectionName) =>
  jsonSchemaValidator().compile(JSON.parse(readFileSync(join(dir, fileName(c)), 'utf8')));
/** As the YAML extension reads it: YAML 1.2 core, so an unquoted 2005-11-17 is text. */
const readYaml = (text: string) => parse(text);

describe('editor schemas', () => {
  it('the committed files are what `npm run schemas` writes (run it after changing a schema)', () => {
    const files = editorSchemaFiles();
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.schema.json'))
        .sort(),
    ).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text);
  });

  it('.vscode/settings.json maps every data file to its schema for the YAML extension', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']).toEqual(yamlSchemaMapping());
    expect(Object.keys(yamlSchemaMapping())).toHaveLength(
      names.filter((c) => collections[c].storage.kind === 'data').length,
    );
  });

  it.each(names)('%s: every record of the content tree passes', (c) => {
    const validate = validatorOf(c);
    const s = collections[c].storage;
    const docs: [string, unknown][] =
      s.kind === 'data'
        ? [[s.file, readYaml(readFileSync(join(root, 'content', s.file), 'utf8'))]]
        : readdirSync(join(root, 'content', s.dir))
            .filter((f) => /^[^_].*\.mdx?$/.test(f))
            .map((f) => [
              f,
              readYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, 'content', s.dir, f), 'utf8'))![1]!),
            ]);
    for (const [file, data] of docs) expect(validate(data) ? [] : validate.errors, `${c}/${file}`).toEqual([]);
  });

  it('refuses what the linter refuses first: unknown fields, values outside a closed list, unquoted partial dates', () => {
    const validate = validatorOf('naps');
    const nap = readYaml(
      /^---\n([\s\S]*?)\n---/.exec(
        readFileSync(join(root, 'tests/fixtures/content-base/naps/md-2024-2027.md'), 'utf8'),
      )![1]!,
    );
    expect(validate(nap)).toBe(true);
    const errors = (data: object) => (
      validate(data),
      (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
    );
    expect(errors({ ...nap, titel: 'x' })).toContain(' must NOT have additional properties');
    expect(errors({ ...nap, victimSupportUnconditional: 'maybe' })).toContain(
      '/victimSupportUnconditional must be equal to one of the allowed values',
    );
    expect(errors({ ...nap, adopted: 2024 })).toContain('/adopted must be string');
    expect(errors({ ...nap, adopted: '2024-13' })).toEqual([expect.stringMatching(/^\/adopted must match pattern/)]);
  });
});
