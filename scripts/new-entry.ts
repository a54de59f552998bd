/**
 * `npm run new -- <collection> <id>`: writes a new record from what its id says, the other required fields empty
 * and the optional ones as commented hints; `npm run lint:content` then names each field still to fill in.
 * Examples: npm run new -- naps gr-2024-2026 · npm run new -- press 2025-10-18-alliance-conference
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { ENTRY_COLLECTIONS, type EntryCollection, entryTemplate, TemplateError } from '../src/lib/new-entry.ts';

const [collection, id] = process.argv.slice(2);
if (!collection || !id || !(ENTRY_COLLECTIONS as string[]).includes(collection)) {
  console.error(
    `Usage: npm run new -- <${ENTRY_COLLECTIONS.join('|')}> <id>   (docs/content-guide.md, "Files and ids", says how each id is formed)`,
  );
  process.exit(2);
}
const root = contentRoot();
const target = join(root, collection, `${id}.md`);
if (existsSync(target) || existsSync(`${target}x`)) {
  console.error(`${collection}/${id} exists already: edit it instead.`);
  process.exit(2);
}
try {
  const t = entryTemplate(collection as EntryCollection, id, root, new Date().toISOString().slice(0, 10));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, t.text);
  const shown = relative(process.cwd(), target) || target;
  console.log(`Wrote ${shown}${t.fromId.length ? ` (${t.fromId.join(', ')}: taken from the id, check them)` : ''}.`);
  console.log(
    `Fill in: ${t.placeholders.join(', ')}; the commented lines are optional fields. Then run: npm run lint:content`,
  );
} catch (e) {
  if (!(e instanceof TemplateError)) throw e;
  console.error(e.message);
  process.exit(2);
}
