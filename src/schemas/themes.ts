import { z } from 'astro/zod';
import { THEME_GROUPS } from './vocabularies.ts';

/** Theme groups: the four Ps, cross-cutting topics, and the emerging ones monitoring follows closely (values of THEME_GROUPS). */
export const themeGroups = THEME_GROUPS.values;

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
