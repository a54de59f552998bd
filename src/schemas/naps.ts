import { z } from 'astro/zod';
import { partialDate, type RefBuilder, sources, summary, tristate, verification, year } from './fields.ts';
import { BUDGET_ANSWERS, COVERAGE_STATUSES, SUPPORT_ANSWERS } from './vocabularies.ts';

/** The themes whose coverage every NAP record reports (the gaps the OSR study of NAPs found first). */
export const MONITORED_THEMES = ['labour-exploitation', 'supply-chains', 'technology', 'financial-flows', 'demand', 'child-trafficking', 'nrm', 'national-rapporteurs'] as const;

/** How far a plan covers a theme (values of COVERAGE_STATUSES). */
export const coverageStatuses = COVERAGE_STATUSES.values;

/** One National Action Plan of one country. Id: `<country>-<from>-<to>`, e.g. `fr-2024-2027`. */
export const napSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    /** The country (ISO alpha-2 id in lower case). */
    country: ref('countries'),
    /** Title in English. */
    title: z.string().min(1),
    /** Title in the original language. */
    titleOriginal: z.string().min(1).optional(),
    /** ISO 639-1 code of the original language. */
    language: z.string().regex(/^[a-z]{2}$/, { message: 'expected a two-letter ISO 639-1 code, e.g. "ro"' }).optional(),
    /** Years the plan covers. */
    period: z
      .strictObject({ from: year, to: year })
      .refine((p) => p.to >= p.from, { message: '`to` must not be before `from`', path: ['to'] }),
    /** Adoption date, as far as known. */
    adopted: partialDate.optional(),
    /** The act that adopted it, e.g. "Government Decision No. 123". */
    adoptedBy: z.string().min(1).optional(),
    /** The body that co-ordinates the plan. */
    coordinator: z.string().min(1).optional(),
    /** National rapporteur or equivalent mechanism. */
    rapporteur: z.strictObject({ exists: tristate, independent: tristate, body: z.string().min(1).optional() }),
    /** Dedicated budget. */
    budget: z.strictObject({
      dedicated: z.enum(BUDGET_ANSWERS.values),
      /** With its unit: "EUR 2.5 million". */
      amount: z.string().min(1).optional(),
      note: z.string().min(1).optional(),
    }),
    /** Monitoring and evaluation. */
    monitoring: z.strictObject({
      framework: tristate,
      indicators: tristate,
      evaluationPublished: tristate,
      note: z.string().min(1).optional(),
    }),
    /** Victim support independent of co-operation in criminal proceedings. */
    victimSupportUnconditional: z.enum(SUPPORT_ANSWERS.values),
    /** Coverage of each theme monitoring follows. */
    coverage: z
      .array(z.strictObject({ theme: ref('themes'), status: z.enum(coverageStatuses), note: z.string().min(1).optional() }))
      .default([]),
    /** What the plan does, in one to three sentences of our own. */
    summary,
    sources,
    verification,
  });
