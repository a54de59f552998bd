/** Every id is lowercase kebab-case, with no folders. */
import { ID_PATTERN } from '../../../schemas/fields.ts';
import type { LoadedRecord } from '../load.ts';
import type { Problem } from '../problems.ts';

export function idPatternProblems(r: LoadedRecord): Problem[] {
  if (ID_PATTERN.test(r.id)) return [];
  return [
    {
      file: r.file,
      line: 1,
      column: 1,
      ...(r.body ? {} : r.locate([])),
      message: `id "${r.id}" breaks the naming rule`,
      fix: 'ids are lowercase kebab-case (a-z, 0-9 and single hyphens), with no folders: rename the file or key',
    },
  ];
}
