// Writes the field tables of docs/content-guide.md from the Zod schemas (src/lib/field-tables.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTables } from '../src/lib/field-tables.ts';

const file = new URL('../docs/content-guide.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withFieldTables(before);
if (after === before) console.log('docs/content-guide.md: field tables already current');
else {
  writeFileSync(file, after);
  console.log('docs/content-guide.md: field tables written');
}
