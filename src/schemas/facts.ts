import { z } from 'astro/zod';
import { partialDate, type RefBuilder } from './fields.ts';

/** A checked fact about the Convention (shared reference coe-convention-facts.csv). Id: its key. */
export const factSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    /** What the fact is about, e.g. "Entry into force". */
    label: z.string().min(1),
    /** The fact, as recorded in the reference data. */
    value: z.string().min(1),
    /** Ids of entries in content/data/sources.yaml. */
    sources: z.array(ref('sources')).min(1),
    /** False where the reference data marks the fact partial. */
    verified: z.boolean(),
  });

/** A GRETA evaluation round (shared reference greta-evaluation-rounds.csv). Id: "round-1" … */
export const roundSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    number: z.number().int().min(1),
    /** Launch date, as far as known. */
    launched: partialDate,
    /** Thematic focus, as the monitoring body describes it. */
    focus: z.string().min(1),
    /** Convention articles its questionnaire lists, where a source shows them. */
    articles: z.array(ref('convention')).default([]),
    /** True where the source list of articles is cut short. */
    articlesPartial: z.boolean().default(false),
    note: z.string().optional(),
    sources: z.array(ref('sources')).min(1),
  });
