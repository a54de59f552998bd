import { z } from 'astro/zod';

/** Theme groups: the four Ps, cross-cutting topics, and the emerging ones monitoring follows closely. */
export const themeGroups = ['prevention', 'protection', 'prosecution', 'partnership', 'cross-cutting', 'emerging'] as const;

/** A topic practitioners search by. */
export const themeSchema = () =>
  z.strictObject({
    /** Short label shown on the site. */
    label: z.string().min(1),
    /** Group: one of the four Ps, cross-cutting or emerging. */
    group: z.enum(themeGroups),
    /** One sentence on what the theme covers. */
    description: z.string().min(1),
  });
