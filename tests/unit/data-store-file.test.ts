// The content store read from its file when pages are built (src/integrations/data-store-file.ts, ADR 0018): the
// module it writes gives the same store, it applies to `astro build` only, and Astro still names its module and file
// as the integration expects (an Astro upgrade that renames them would make the integration do nothing unnoticed).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DATA_STORE_MODULE, dataStoreFile, dataStoreModule } from '../../src/integrations/data-store-file.ts';

const astroDist = resolve(import.meta.dirname, '../../node_modules/astro/dist');

describe('content store read from its file', () => {
  it('writes a module whose default export is the parsed file, read when the module runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-store-'));
    const store = { practices: [['p1', { id: 'p1', data: { title: 'Quote " and \\\\ slash' } }]], n: 2 };
    writeFileSync(join(dir, 'data-store.json'), JSON.stringify(store));
    const module = join(dir, 'store.mjs');
    writeFileSync(module, dataStoreModule(join(dir, 'data-store.json')));
    const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(loaded.default).toEqual(store);
    // The module holds the file's path, not its content: its size does not grow with the store.
    expect(readFileSync(module, 'utf8')).not.toContain('Quote');
  });

  it('adds its plugin to `astro build` only, and not when the store is chunked', () => {
    const setup = (command: string, experimental: Record<string, unknown> = {}, cacheDir = '/tmp/kb-no-cache/') => {
      const updates: unknown[] = [];
      const hook = dataStoreFile().hooks['astro:config:setup'] as NonNullable<
        AstroIntegration['hooks']['astro:config:setup']
      >;
      void hook({
        command,
        config: { cacheDir: pathToFileURL(cacheDir), experimental },
        updateConfig: (u: unknown) => updates.push(u),
      } as unknown as Parameters<typeof hook>[0]);
      return updates as { vite: { plugins: { name: string; transform: (code: string, id: string) => unknown }[] } }[];
    };
    expect(setup('dev')).toEqual([]);
    expect(setup('build', { collectionStorage: 'chunked' })).toEqual([]);
    const [update] = setup('build');
    const plugin = update!.vite.plugins[0]!;
    expect(plugin.name).toBe('kb:data-store-file');
    // Another module is left alone; without a synced store file, Astro's empty store stays.
    expect(plugin.transform('export default 1', 'other')).toBeNull();
    expect(plugin.transform('export default new Map()', DATA_STORE_MODULE)).toBeNull();
    // With the store synced, Astro's code for the module is replaced by the one that reads the file.
    const cache = mkdtempSync(join(tmpdir(), 'kb-cache-'));
    writeFileSync(join(cache, 'data-store.json'), '{}');
    const synced = setup('build', {}, `${cache}/`)[0]!.vite.plugins[0]!;
    expect(synced.transform('export default JSON.parse("{}")', DATA_STORE_MODULE)).toEqual({
      code: dataStoreModule(join(cache, 'data-store.json')),
      map: { mappings: '' },
    });
  });

  it('matches the names Astro gives its data store module and file', () => {
    const consts = readFileSync(join(astroDist, 'content/consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
    expect(DATA_STORE_MODULE).toBe('\0astro:data-layer-content');
    expect(consts).toContain('const DATA_STORE_FILE = "data-store.json";');
    const plugin = readFileSync(join(astroDist, 'content/vite-plugin-content-virtual-mod.js'), 'utf8');
    // The code the integration replaces: the whole store as one string literal.
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
  });
});
