/** Where a collection derives its ids from a record's fields (its registry `idRule`: article number, symbol, country and years), the file name must match. */
import { collection } from '../../collections.ts';
import type { LoadedRecord } from '../load.ts';
import type { Problem } from '../problems.ts';

export function idMatchesRecordProblems(r: LoadedRecord): Problem[] {
  const rule = collection(r.collection).idRule;
  const expected = rule?.from(r.data as Record<string, unknown>);
  if (!rule || !expected || expected === r.id) return [];
  return [
    {
      file: r.file,
      line: 1,
      column: 1,
      message: `id "${r.id}" does not match its record`,
      fix: `name the file ${expected}.${r.body?.format ?? 'md'} (${rule.explain})`,
    },
  ];
}
