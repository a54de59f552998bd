import { z } from 'astro/zod';
import { httpUrl, type RefBuilder } from './fields.ts';

/** An organisation or body (OSCE, ODIHR, Council of Europe, GRETA…). */
export const organisationSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    /** Full name. */
    name: z.string().min(1),
    /** Acronym in common use. */
    acronym: z.string().min(1).optional(),
    /** The organisation it belongs to. */
    parent: ref('organisations').optional(),
    /** Official website. */
    url: httpUrl,
    /** One sentence on its role against trafficking. */
    description: z.string().min(1),
  });
