import { z } from 'astro/zod';
import { httpUrl, partialDate, type RefBuilder, sources, summary, verification, yearSpan } from './fields.ts';
import { ACTOR_KINDS, ASSESSMENT_KINDS, PRACTICE_SCOPES, PRACTICE_STATUSES, SECTORS } from './practice-vocab.ts';

export * from './practice-vocab.ts';

/** A pointer to one provision of an OSCE document: its document id and its reference ("V.3"). */
export const provisionPointer = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({ commitment: ref('commitments'), ref: z.string().min(1) });

/** A body that runs (or co-runs) the practice, with its kind. */
export const practiceActor = z.strictObject({
  /** The body's name, e.g. "Labour Inspectorate". */
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
});

/**
 * What an independent body (monitoring body, international organisation, researchers) said about the practice.
 * Never the government's or the running body's own description of it.
 */
export const practiceAssessment = z.strictObject({
  /** The assessing body, named, e.g. "GRETA". */
  by: z.string().min(1),
  kind: z.enum(ASSESSMENT_KINDS),
  /** What the body said about it, in our own words. */
  finding: z.string().min(1),
  /** Title of the document that says it. */
  title: z.string().min(1),
  url: httpUrl,
  date: partialDate.optional(),
  /** Document symbol, e.g. "GRETA(2023)10". */
  symbol: z.string().min(1).optional(),
});

/** One good practice. */
export const practiceSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    title: z.string().min(1),
    /** What it does, in one line of our own (20–300 characters). */
    summary,
    /** Countries where it runs; multi-country practices list each. */
    countries: z.array(ref('countries')).min(1),
    scope: z.enum(PRACTICE_SCOPES),
    themes: z.array(ref('themes')).min(2, { message: 'give two to five themes' }).max(5, { message: 'give two to five themes' }),
    /** The bodies that run it, each with its kind. */
    actors: z.array(practiceActor).min(1, { message: 'name at least one body that runs the practice' }),
    /** Organisations of content/data/organisations.yaml involved, only where the body is there. */
    organisations: z.array(ref('organisations')).default([]),
    /** Economic sectors it addresses, where relevant. */
    sectors: z.array(z.enum(SECTORS)).default([]),
    /** Years it ran; `to` left out while ongoing. */
    period: yearSpan.optional(),
    status: z.enum(PRACTICE_STATUSES),
    /** The people it is for, as short plain phrases ("migrant workers"). */
    targetGroups: z.array(z.string().min(1)).default([]),
    /** Who says it works; empty means no independent assessment was found. */
    assessments: z.array(practiceAssessment).default([]),
    /** Evidence of results, figures with their source. */
    results: z.string().min(1).optional(),
    /** What another country would need to adopt it; say whose reading it is. */
    transferability: z.string().min(1).optional(),
    /** Cost or funding, where a source states it. */
    funding: z.string().min(1).optional(),
    /** Convention articles it implements. */
    articles: z.array(ref('convention')).default([]),
    /** OSCE documents it implements (document level). */
    commitments: z.array(ref('commitments')).default([]),
    /** OSCE provisions it implements, only where the provision exists in the commitment record. */
    provisions: z.array(provisionPointer(ref)).default([]),
    sources,
    verification,
  });
