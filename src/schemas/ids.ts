/**
 * Id rules that derive a record's id from its fields. Each is written once here; the registry
 * (src/lib/collections.ts) names the one a collection uses, and the linter, the URLs and the scaffolder read it.
 */
import { symbolToId } from './fields.ts';

/** The id of an article record from its number: 4 → "article-04". */
export function articleId(number: number): string {
  return `article-${String(number).padStart(2, '0')}`;
}
/** The number of an article from its id: "article-04" → 4. */
export function articleNumber(id: string): number {
  return Number(id.replace(/^article-/, ''));
}

/** A rule that derives the id a record must have from its fields, and says it in an editor's words. */
export interface IdRule {
  /** The id the record's fields call for, or undefined when the fields are not there to say. */
  from(data: Record<string, unknown>): string | undefined;
  /** How the id is made, for the linter's fix ("article- and the two-digit number"). */
  explain: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export const ID_RULES = {
  article: { from: (d) => (typeof d.number === 'number' ? articleId(d.number) : undefined), explain: 'article- and the two-digit number' },
  symbol: { from: (d) => (typeof d.symbol === 'string' ? symbolToId(d.symbol) : undefined), explain: 'the symbol in kebab-case' },
  plan: {
    from: (d) => (typeof d.country === 'string' && isRecord(d.period) && Number.isInteger(d.period.from) && Number.isInteger(d.period.to) ? `${d.country}-${String(d.period.from)}-${String(d.period.to)}` : undefined),
    explain: 'country, first year, last year',
  },
} as const satisfies Record<string, IdRule>;
