import { z } from 'astro/zod';
import { httpUrl, partialDate, type RefBuilder, sources, summary, verification } from './fields.ts';

/** One press release. Id: `<yyyy-mm-dd>-<slug>`. The body is our digest, never the release's text. */
export const pressSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    /** The release's own headline. */
    title: z.string().min(1),
    /** Publication date. */
    date: partialDate,
    /** Where the event took place. */
    place: z.string().min(1).optional(),
    organisations: z.array(ref('organisations')).min(1),
    countries: z.array(ref('countries')).default([]),
    themes: z.array(ref('themes')).default([]),
    /** Convention articles it concerns. */
    articles: z.array(ref('convention')).default([]),
    /** OSCE documents it concerns. */
    commitments: z.array(ref('commitments')).default([]),
    /** People quoted or speaking: their person record (content/people/) and their role at the time, as the release gives it. */
    people: z.array(z.strictObject({ person: ref('people'), role: z.string().min(1) })).default([]),
    /** The release itself. */
    url: httpUrl,
    /** Our digest in one to three sentences. */
    summary,
    sources,
    verification,
  });
