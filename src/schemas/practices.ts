import { z } from 'astro/zod';
import { type RefBuilder, sources, summary, verification, yearSpan } from './fields.ts';

/** A pointer to one provision of an OSCE document: its document id and its reference ("V.3"). */
export const provisionPointer = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({ commitment: ref('commitments'), ref: z.string().min(1) });

/** One good practice. */
export const practiceSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    title: z.string().min(1),
    /** What it does, in one to three sentences of our own. */
    summary,
    /** Countries where it runs. */
    countries: z.array(ref('countries')).min(1),
    themes: z.array(ref('themes')).min(1),
    /** The bodies that run it, by name. */
    actors: z.array(z.string().min(1)).default([]),
    /** Organisations involved. */
    organisations: z.array(ref('organisations')).default([]),
    /** Years it ran; `to` left out while ongoing. */
    period: yearSpan.optional(),
    /** Evidence of results, with its source among `sources`. */
    results: z.string().min(1).optional(),
    /** Convention articles it implements. */
    articles: z.array(ref('convention')).default([]),
    /** OSCE provisions it implements. */
    provisions: z.array(provisionPointer(ref)).default([]),
    sources,
    verification,
  });
