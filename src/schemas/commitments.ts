import { z } from 'astro/zod';
import { httpUrl, partialDate, type RefBuilder, sources, summary, verification } from './fields.ts';

/** A provision reference as it appears in the document: "III.1.2", "V.3", or a decision's paragraph "3". */
export const PROVISION_REF_PATTERN = /^(?:[IVX]+(?:\.\d+){0,3}|\d+(?:\.\d+){0,2}(?:\([a-z]\))?)$/;

/** Bodies that adopt OSCE commitments. */
export const commitmentBodies = ['ministerial-council', 'permanent-council', 'summit'] as const;
/** Kinds of OSCE documents. */
export const commitmentKinds = ['decision', 'declaration', 'action-plan', 'addendum'] as const;

/** One OSCE document on trafficking. Id: its symbol in kebab-case (PC.DEC/557 → pc-dec-557). */
export const commitmentSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    /** Document symbol, e.g. "MC.DEC/6/17". Left out only where no symbol is confirmed. */
    symbol: z.string().min(1).optional(),
    /** Official title. */
    title: z.string().min(1),
    /** The body that adopted it. */
    body: z.enum(commitmentBodies),
    /** What kind of document it is. */
    kind: z.enum(commitmentKinds),
    /** Adoption date, as far as known. */
    adopted: partialDate,
    /** City where it was adopted. */
    venue: z.string().min(1).optional(),
    /** Meeting, e.g. "462nd Plenary Meeting". */
    meeting: z.string().min(1).optional(),
    /** What the document does, in one to three sentences of our own. */
    summary,
    themes: z.array(ref('themes')).default([]),
    /** Earlier documents it adds to. */
    supplements: z.array(ref('commitments')).default([]),
    /** Earlier documents it changes. */
    amends: z.array(ref('commitments')).default([]),
    /** The official document page. */
    url: httpUrl.optional(),
    /** Key paragraphs, each citable on its own. */
    provisions: z
      .array(
        z.strictObject({
          /** Reference as in the document: "III.1.2" (chapter, section, paragraph) or "3" for a decision's paragraph. */
          ref: z.string().regex(PROVISION_REF_PATTERN, { message: 'write the reference as in the document, e.g. "III.1.2" or "3"' }),
          /** The document's own short heading, where it has one. */
          heading: z.string().min(1).optional(),
          /** Our summary: "participating States committed to…". */
          summary: z.string().min(1),
          themes: z.array(ref('themes')).default([]),
          /** Convention articles on the same ground. */
          articles: z.array(ref('convention')).default([]),
        }),
      )
      .default([]),
    sources,
    verification,
  });
