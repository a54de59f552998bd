/** Where a collection derives its ids from a record's fields (article number, symbol, country and years), the file name must match. */
import { symbolToId } from '../../../schemas/fields.ts';
import type { LoadedRecord } from '../load.ts';
import type { Problem } from '../problems.ts';

function idOf(record: LoadedRecord): string | undefined {
  const d = record.data as Record<string, any>;
  switch (record.collection) {
    case 'convention':
      return typeof d.number === 'number' ? `article-${String(d.number).padStart(2, '0')}` : undefined;
    case 'commitments':
      return typeof d.symbol === 'string' ? symbolToId(d.symbol) : undefined;
    case 'naps':
      return typeof d.country === 'string' && Number.isInteger(d.period?.from) && Number.isInteger(d.period?.to) ? `${d.country}-${d.period.from}-${d.period.to}` : undefined;
    default:
      return undefined;
  }
}

export function idMatchesRecordProblems(r: LoadedRecord): Problem[] {
  const expected = idOf(r);
  if (!expected || expected === r.id) return [];
  return [{ file: r.file, line: 1, column: 1, message: `id "${r.id}" does not match its record`, fix: `name the file ${expected}.${r.body?.format ?? 'md'} (${r.collection === 'convention' ? 'article- and the two-digit number' : r.collection === 'naps' ? 'country, first year, last year' : 'the symbol in kebab-case'})` }];
}
