/**
 * The registry of collections: where each lives under content/, how it is stored, and its schema.
 * content.config.ts and the content linter both read it, so the two can never disagree.
 */
import type { z } from 'astro/zod';
import { chapterSchema } from './chapters.ts';
import { commitmentSchema } from './commitments.ts';
import { conventionSchema } from './convention.ts';
import { countrySchema } from './countries.ts';
import { factSchema, roundSchema } from './facts.ts';
import type { CollectionName, RefBuilder } from './fields.ts';
import { napSchema } from './naps.ts';
import { organisationSchema } from './organisations.ts';
import { practiceSchema } from './practices.ts';
import { personSchema } from './people.ts';
import { pressSchema } from './press.ts';
import { sourceEntrySchema } from './sources.ts';
import { themeSchema } from './themes.ts';

export type CollectionStorage =
  /** One YAML file, a map from id to record. */
  | { kind: 'data'; file: string }
  /** One Markdown or MDX file per record; the file name is the id. */
  | { kind: 'entries'; dir: string };

export const collections = {
  countries: { storage: { kind: 'data', file: 'data/countries.yaml' }, schema: countrySchema },
  themes: { storage: { kind: 'data', file: 'data/themes.yaml' }, schema: themeSchema },
  organisations: { storage: { kind: 'data', file: 'data/organisations.yaml' }, schema: organisationSchema },
  chapters: { storage: { kind: 'data', file: 'data/chapters.yaml' }, schema: chapterSchema },
  sources: { storage: { kind: 'data', file: 'data/sources.yaml' }, schema: sourceEntrySchema },
  facts: { storage: { kind: 'data', file: 'data/convention-facts.yaml' }, schema: factSchema },
  rounds: { storage: { kind: 'data', file: 'data/greta-rounds.yaml' }, schema: roundSchema },
  convention: { storage: { kind: 'entries', dir: 'convention' }, schema: conventionSchema },
  commitments: { storage: { kind: 'entries', dir: 'commitments' }, schema: commitmentSchema },
  naps: { storage: { kind: 'entries', dir: 'naps' }, schema: napSchema },
  practices: { storage: { kind: 'entries', dir: 'practices' }, schema: practiceSchema },
  press: { storage: { kind: 'entries', dir: 'press' }, schema: pressSchema },
  people: { storage: { kind: 'entries', dir: 'people' }, schema: personSchema },
} as const satisfies Record<
  CollectionName,
  { storage: CollectionStorage; schema: (ref: RefBuilder<z.ZodType>) => z.ZodType }
>;

/** Record files: Markdown by default, MDX where a component is needed. Files starting with `_` are drafts and skipped. */
export const ENTRY_PATTERN = '**/[^_]*.{md,mdx}';

export type { CollectionName } from './fields.ts';
