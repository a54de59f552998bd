/**
 * Loads the content data store from its JSON file when a page is built, instead of from a copy compiled into the
 * build's code. Astro's own module is `export default JSON.parse("<the whole store as one string>")`, and V8 takes
 * time that grows with the square of that string to compile it: 0.2 s at 5 MB, 2.6 s at 20 MB, 16 s at 40 MB and
 * 84 s at 84 MB, which is our store at 8,000 records. Reading the file and parsing it takes about a second per
 * 40 MB. See ADR 0018.
 *
 * Only `astro build`, and only when the store is the single file (Astro's default `collectionStorage`). The module
 * keeps the mark Astro gave it (content data), so an incremental build does not treat every page as changed.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's virtual module of the content data store (astro/dist/content/consts.js), resolved. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** Its file in the cache directory during a build (astro/dist/content/paths.js). */
const DATA_STORE_FILE = 'data-store.json';

/** The module's code: the store read from `file` when the build loads it. */
export function dataStoreModule(file: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

export function dataStoreFile(): AstroIntegration {
  return {
    name: 'kb:data-store-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kb:data-store-file',
                // Astro's plugin loads the module first (its load hook runs before any integration's); this replaces
                // the code it wrote. Without a file (no content synced) Astro's empty store stays.
                transform(_code, id) {
                  if (id !== DATA_STORE_MODULE || !existsSync(file)) return null;
                  return { code: dataStoreModule(file), map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
