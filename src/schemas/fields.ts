/**
 * Field types shared by every collection. One place for each rule: partial dates,
 * sources, verification, ids and the closed vocabularies that several collections use.
 */
import { z } from 'astro/zod';
import { OBLIGATION_STRENGTHS, TRISTATE } from './vocabularies.ts';

/** The collections of the knowledge base, content and data alike. */
export const collectionNames = [
  'countries',
  'themes',
  'organisations',
  'chapters',
  'sources',
  'facts',
  'rounds',
  'convention',
  'commitments',
  'naps',
  'practices',
  'press',
  'people',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Schemas take the reference builder as an argument: Astro's `reference()` in the build,
 * an id check against the real files in the content linter. Both see the same schema.
 */
export type RefBuilder<R extends z.ZodType> = (collection: CollectionName) => R;

/** Ids are file names (or keys of a data file): lowercase kebab-case, stable forever. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What is wrong with a partial date, in an editor's terms ("2024-02-30: February 2024 has 29 days"), or undefined
 * when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar month or day.
 */
export function partialDateProblem(value: string): string | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return `"${value}" is not a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"`;
  const [, y, mo, d] = m;
  if (mo === undefined) return undefined;
  const month = Number(mo);
  if (month < 1 || month > 12) return `${value}: there is no month ${mo} (months run from 01 to 12)`;
  if (d === undefined) return undefined;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day < 1 || day > last) return `${value}: ${MONTHS[month - 1]} ${y} has ${last} days`;
  return undefined;
}

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real calendar day or month. */
export function isPartialDate(value: string): boolean {
  return partialDateProblem(value) === undefined;
}

/**
 * A date that may be known only to the year or month: "2005", "2005-11" or "2005-11-17".
 * YAML parsers turn `2005-11-17` into a Date and `2005` into a number; both come back as text.
 */
export const partialDate = z.preprocess(
  (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return value;
  },
  z.string().superRefine((value, ctx) => {
    const problem = partialDateProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem, params: { fix: 'write a real date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", only the parts you know (see docs/content-guide.md)' } });
    }
  }),
);

/** A year as a whole number, e.g. 2024. */
export const year = z.number().int().min(1990).max(2100);

/** An absolute http(s) URL. Other schemes (javascript:, data:) are refused. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });

/** One source of a record. List the official source first. */
export const source = z.strictObject({
  /** Who published it, e.g. "OSCE", "Council of Europe", "GRETA". */
  publisher: z.string().min(1),
  /** The document's or page's own title. */
  title: z.string().min(1),
  /** Where it can be read. */
  url: httpUrl,
  /** When it was published, as far as known. */
  date: partialDate.optional(),
  /** The document symbol, e.g. "PC.DEC/557", "GRETA(2021)19". */
  symbol: z.string().min(1).optional(),
});
export type Source = z.infer<typeof source>;

/** At least one source: no record without one. */
export const sources = z.array(source).min(1, { message: 'every record needs at least one source (official first)' });

/** Whether every fact of the record was checked against its sources. */
export const verification = z.strictObject({
  /** `verified` only when every fact was checked; otherwise `unverified`, and the site says so. */
  status: z.enum(['verified', 'unverified']),
  /** The day the record was last checked against its sources. */
  checked: partialDate,
  /** What was checked, or what is not confirmed yet. */
  note: z.string().min(1).optional(),
});

/** Yes / no / unknown answers of NAP fields: "unknown" is an honest answer. */
export const tristate = z.enum(TRISTATE.values);

/**
 * Strength of a Convention provision, as in the text: shall → must, shall consider/endeavour → must consider, may;
 * `defines` for a paragraph that only defines a term (Art. 4) and creates no duty of its own.
 */
export const obligationStrength = z.enum(OBLIGATION_STRENGTHS.values);

/** GRETA's evaluation rounds (see shared reference greta-evaluation-rounds.csv). */
export const gretaRound = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** A one-to-three-sentence summary in our own words, under 300 characters. */
export const summary = z.string().min(20).max(300, { message: 'a summary is one to three sentences, under 300 characters' });

/** A span of years; `to` left out means ongoing. */
export const yearSpan = z
  .strictObject({
    /** First year. */
    from: year,
    /** Last year (left out when open-ended). */
    to: year.optional(),
  })
  .refine((p) => p.to === undefined || p.to >= p.from, { message: '`to` must not be before `from`', path: ['to'] });

/** Turns a symbol such as "MC.DEC/6/17" into the id it must have: "mc-dec-6-17". */
export function symbolToId(symbol: string): string {
  return symbol
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
