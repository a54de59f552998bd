import { z } from 'astro/zod';
import { httpUrl } from './fields.ts';

/** A checked source of the shared reference data (shared/reference/SOURCES.md), cited by id from data records. */
export const sourceEntrySchema = () =>
  z.strictObject({
    /** What the page or document is. */
    title: z.string().min(1),
    /** Where it was read. */
    url: httpUrl.optional(),
    /** What it confirmed. */
    confirms: z.string().min(1),
  });
