// Wires each collection of the registry (src/schemas/index.ts) to Astro's loaders and reference(); each loader waits
// for the content check's answer on the records before it returns (src/lib/content-check/sync-gate.ts).
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collections as registry, ENTRY_PATTERN } from './schemas/index.ts';
import { contentRoot } from './lib/content-root.ts';
import { gatedLoader } from './lib/content-check/sync-gate.ts';

const root = contentRoot();

function entries<S extends z.ZodType>(dir: string, schema: S) {
  return defineCollection({ loader: gatedLoader(glob({ pattern: ENTRY_PATTERN, base: `${root}/${dir}` })), schema });
}
function data<S extends z.ZodType>(path: string, schema: S) {
  return defineCollection({ loader: gatedLoader(file(`${root}/${path}`)), schema });
}

export const collections = {
  countries: data(registry.countries.storage.file, registry.countries.schema(reference)),
  themes: data(registry.themes.storage.file, registry.themes.schema()),
  organisations: data(registry.organisations.storage.file, registry.organisations.schema(reference)),
  chapters: data(registry.chapters.storage.file, registry.chapters.schema()),
  sources: data(registry.sources.storage.file, registry.sources.schema()),
  facts: data(registry.facts.storage.file, registry.facts.schema(reference)),
  rounds: data(registry.rounds.storage.file, registry.rounds.schema(reference)),
  convention: entries(registry.convention.storage.dir, registry.convention.schema(reference)),
  commitments: entries(registry.commitments.storage.dir, registry.commitments.schema(reference)),
  naps: entries(registry.naps.storage.dir, registry.naps.schema(reference)),
  practices: entries(registry.practices.storage.dir, registry.practices.schema(reference)),
  press: entries(registry.press.storage.dir, registry.press.schema(reference)),
  people: entries(registry.people.storage.dir, registry.people.schema(reference)),
};
