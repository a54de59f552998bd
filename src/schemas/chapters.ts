import { z } from 'astro/zod';

/** A chapter of CETS No. 197. Id: its roman numeral in lower case ("iii"). */
export const chapterSchema = () =>
  z
    .strictObject({
      /** Roman numeral as printed ("III"). */
      numeral: z.string().regex(/^[IVX]+$/),
      /** Official title, in sentence case. */
      title: z.string().min(1),
      /** First and last article of the chapter. */
      firstArticle: z.number().int().min(1).max(47),
      lastArticle: z.number().int().min(1).max(47),
    })
    .refine((c) => c.lastArticle >= c.firstArticle, { message: 'lastArticle must not be before firstArticle', path: ['lastArticle'] });
