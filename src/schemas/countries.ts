import { z } from 'astro/zod';
import { partialDate, type RefBuilder, verification } from './fields.ts';
import { CETS_STATUSES, OSCE_STATUSES } from './vocabularies.ts';

/** A dated step of a State's Convention status, with the sources that show it. */
const datedStep = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    /** As far as known: "2005", "2005-05" or "2005-05-16". */
    date: partialDate,
    /** Ids of entries in content/data/sources.yaml that show this date. */
    sources: z.array(ref('sources')).min(1).optional(),
    /** True when the date is computed from the Convention's rule (Art. 42(4) / 43(2)), not read in a source. */
    computed: z.literal(true).optional(),
  });

/**
 * Why no National Action Plan of a State is documented here, with the label readers see. Only for States
 * without a plan record; the monitoring dashboard lists them by reason.
 */
export const NAP_GAP_REASONS = {
  'plan-without-period': 'A plan exists, but the sources consulted do not give its period',
  'no-plan': 'Sources say there is no plan',
  outdated: 'Only an old plan was found',
  'in-preparation': 'A plan is in preparation',
  'not-found': 'None of the sources consulted mentions a plan',
} as const;
export type NapGapReason = keyof typeof NAP_GAP_REASONS;

/** A State. Id: its ISO 3166-1 alpha-2 code in lower case. */
export const countrySchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    /** Short English name as the OSCE and Council of Europe use it. */
    name: z.string().min(1),
    /** Name in the Council of Europe's list, when it differs (e.g. "Republic of Moldova"). */
    coeName: z.string().min(1).optional(),
    /** ISO 3166-1 alpha-3 code. */
    iso3: z.string().regex(/^[A-Z]{3}$/, { message: 'expected three capital letters, e.g. FRA' }),
    /** OSCE status. */
    osce: z.enum(OSCE_STATUSES.values),
    /** For Partners for Co-operation: Mediterranean or Asian. */
    osceRegion: z.enum(['mediterranean', 'asian']).optional(),
    /** Year the State became a Partner, when a source gives it. */
    osceSince: z.number().int().optional(),
    /** Member State of the Council of Europe. */
    coeMember: z.boolean(),
    /** Status under CETS No. 197. */
    cets197: z.strictObject({
      /** ratified or acceded: a Party; signed: not yet a Party; not-party: neither shown by our sources. */
      status: z.enum(CETS_STATUSES.values),
      signed: datedStep(ref).optional(),
      /** Deposit of the instrument of ratification or accession. */
      deposited: datedStep(ref).optional(),
      inForce: datedStep(ref).optional(),
      /** Sources that show the State is a Party, when no date is known. */
      sources: z.array(ref('sources')).optional(),
      note: z.string().optional(),
    }),
    /** Why no plan of this State is documented here (States without a plan record only). */
    napGap: z
      .strictObject({
        reason: z.enum(Object.keys(NAP_GAP_REASONS) as [NapGapReason, ...NapGapReason[]]),
        /** What the sources say, in a sentence or two, with dates. */
        note: z.string().min(1),
        /** Ids of entries in content/data/sources.yaml; every reason but not-found needs at least one. */
        sources: z.array(ref('sources')).min(1).optional(),
      })
      .refine((g) => g.reason === 'not-found' || (g.sources?.length ?? 0) > 0, { message: 'every reason but not-found needs the sources that show it: add `sources: [ids]` from content/data/sources.yaml', path: ['sources'] })
      .optional(),
    verification,
  });
