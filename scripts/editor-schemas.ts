// `npm run schemas`: writes the JSON Schemas of every collection's front matter and data file to schemas/, from the Zod schemas.
// Run it after changing a schema; a unit test fails while the committed files differ from what this writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_SCHEMA_DIR, editorSchemaFiles } from '../src/lib/editor-schemas.ts';

const dir = join(process.cwd(), EDITOR_SCHEMA_DIR);
mkdirSync(dir, { recursive: true });
const files = editorSchemaFiles();
for (const old of readdirSync(dir)) if (old.endsWith('.schema.json') && !(old in files)) rmSync(join(dir, old));
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
console.log(`Wrote ${Object.keys(files).length} schemas to ${EDITOR_SCHEMA_DIR}/.`);
