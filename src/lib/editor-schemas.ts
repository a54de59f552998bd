/**
 * JSON Schemas for editors, generated from the Zod schemas the linter and the build use: one per collection,
 * for the front matter of a record file (content/<collection>/*.md) or for a data file (content/data/*.yaml,
 * a map from id to record). `npm run schemas` writes them to schemas/; a unit test keeps the committed files current.
 */
import { z } from 'astro/zod';
import { collections, type CollectionName } from '../schemas/index.ts';
import { ID_PATTERN, partialDate } from '../schemas/fields.ts';
import { PARTIAL_DATE_REGEX } from './open-data.ts';

type JsonSchema = Record<string, unknown>;

/** Where the schemas live, relative to the project root. */
export const EDITOR_SCHEMA_DIR = 'schemas';

/** A reference, as an editor writes it: the id of a record of that collection. */
const idOf = (collection: CollectionName) => {
  const def = collections[collection].storage;
  const where =
    def.kind === 'data' ? `a key of content/${def.file}` : `the name of a file in content/${def.dir}/, without .md`;
  return z.string().regex(ID_PATTERN).describe(`Id of a ${collection} record: ${where}`);
};

/** Partial dates are checked by a refinement, which JSON Schema cannot carry: say their form as a pattern. */
function override(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }) {
  if (ctx.zodSchema === partialDate) {
    for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
    Object.assign(ctx.jsonSchema, {
      type: 'string',
      pattern: PARTIAL_DATE_REGEX,
      description: 'A date written as far as known, in quotes: "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    });
  }
}

export function fileName(collection: CollectionName): string {
  return `${collection}.schema.json`;
}

/** The schema of one collection's file: the front matter of a record, or a data file's map from id to record. */
export function editorSchema(collection: CollectionName): JsonSchema {
  const zod = (collections[collection].schema as (ref: typeof idOf) => z.ZodType)(idOf);
  // Input side: fields with a default may be left out, as an editor may.
  const { $schema, ...record } = z.toJSONSchema(zod, { io: 'input', unrepresentable: 'any', override }) as JsonSchema;
  const storage = collections[collection].storage;
  const head = { $schema, $id: fileName(collection) };
  if (storage.kind === 'entries') {
    return { ...head, title: `Front matter of a ${collection} record (content/${storage.dir}/<id>.md)`, ...record };
  }
  const { $defs, ...item } = record as JsonSchema & { $defs?: JsonSchema };
  return {
    ...head,
    title: `content/${storage.file}: a map from id to record`,
    type: 'object',
    propertyNames: { pattern: ID_PATTERN.source },
    additionalProperties: item,
    ...($defs ? { $defs } : {}),
  };
}

/** Every schema file, by file name, as it is written (two-space JSON and a final newline). */
export function editorSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(collections) as CollectionName[]).map((c) => [
      fileName(c),
      `${JSON.stringify(editorSchema(c), null, 2)}\n`,
    ]),
  );
}

/** The `yaml.schemas` mapping of .vscode/settings.json: each data file to its schema. */
export function yamlSchemaMapping(): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(collections) as CollectionName[]).flatMap((c) => {
      const s = collections[c].storage;
      return s.kind === 'data' ? [[`./${EDITOR_SCHEMA_DIR}/${fileName(c)}`, `content/${s.file}`]] : [];
    }),
  );
}
