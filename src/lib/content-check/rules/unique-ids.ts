/** Ids are file names (or keys of a data file) and must be unique in a collection. */
import type { LoadedRecord } from '../load.ts';
import type { Problem } from '../problems.ts';

export function duplicateIdProblems(records: readonly LoadedRecord[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, LoadedRecord>();
  for (const r of records) {
    const key = `${r.collection}/${r.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: r.file,
        line: 1,
        column: 1,
        message: `duplicate id "${r.id}": ${first.file} has the same id`,
        fix: 'ids are file names and must be unique in a collection: rename or remove one of the two files',
      });
    }
    seen.set(key, r);
  }
  return problems;
}
