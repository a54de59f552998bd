import { z } from 'astro/zod';
import { httpUrl, obligationStrength, type RefBuilder, sources, summary, verification } from './fields.ts';

/** A paragraph reference as cited: "12", "12(1)", "12(1)(b)". */
export const PARAGRAPH_PATTERN = /^\d{1,2}(?:\(\d+\))?(?:\([a-z]\))?$/;

/** One article of CETS No. 197. Id: `article-NN` (two digits). */
export const conventionSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    /** Article number, 1 to 47. */
    number: z.number().int().min(1).max(47),
    /** The official short title, exactly as in the Convention. */
    title: z.string().min(1),
    /** Chapter id: its roman numeral in lower case ("iii"). */
    chapter: ref('chapters'),
    /** What the article says, in one to three sentences of our own. Left out until the article is written. */
    summary: summary.optional(),
    /** Themes the article serves. */
    themes: z.array(ref('themes')).default([]),
    /** The obligations it creates, each with its strength and paragraph. */
    obligations: z
      .array(
        z.strictObject({
          /** Paragraph as cited, e.g. "12(1)(b)". */
          paragraph: z.string().regex(PARAGRAPH_PATTERN, { message: 'write the paragraph as cited, e.g. "12(1)(b)"' }),
          /** shall → must; shall consider / shall endeavour → must consider; may. */
          strength: obligationStrength,
          /** The obligation in one sentence of our own. */
          text: z.string().min(1),
        }),
      )
      .default([]),
    /** Articles that work together with this one. */
    relatedArticles: z.array(ref('convention')).default([]),
    // The GRETA rounds that examined an article are no field of it: each round in content/data/greta-rounds.yaml lists
    // its articles, with sources, and src/lib/greta.ts derives an article's rounds from there.
    /** Link to the official text of the Convention. */
    officialText: httpUrl,
    sources,
    verification,
  });
