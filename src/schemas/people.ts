import { z } from 'astro/zod';
import { comparePartialDates } from '../lib/dates.ts';
import { partialDate, type RefBuilder, sources, verification } from './fields.ts';

/**
 * One person quoted or speaking in a press record. Id: `<firstname-lastname>`.
 * Only facts that a source gives: every role names its source, which must be one of the record's `sources`.
 */
export const personSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z
    .strictObject({
      /** The name as the person's organisation writes it. */
      name: z.string().min(1),
      /** Roles held, each with its source; periods as far as known. */
      roles: z
        .array(
          z
            .strictObject({
              /** The title of the role, as the source gives it. */
              title: z.string().min(1),
              /** The organisation the role belongs to, when it is in content/data/organisations.yaml. */
              organisation: ref('organisations').optional(),
              /** First known date in the role ("2018", "2018-11", "2018-11-05"). */
              from: partialDate.optional(),
              /** Last date in the role; left out while it is current or when its end is not known. */
              to: partialDate.optional(),
              /** The URL of the source that gives this role: one of the record's `sources`. */
              source: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' }),
            })
            .refine((r) => r.from === undefined || r.to === undefined || comparePartialDates(r.from, r.to) <= 0, {
              message: '`to` must not be before `from`',
              path: ['to'],
            }),
        )
        .min(1, { message: 'a person needs at least one role, with its source' }),
      sources,
      verification,
    })
    .superRefine((p, ctx) => {
      const urls = new Set(p.sources.map((s) => s.url));
      p.roles.forEach((r, i) => {
        if (!urls.has(r.source)) {
          ctx.addIssue({
            code: 'custom',
            path: ['roles', i, 'source'],
            message: `the role's source ${r.source} is not among the record's sources`,
            params: { fix: 'add that page to `sources` (publisher, title, url), or use the URL of a source already listed' },
          });
        }
      });
    });
