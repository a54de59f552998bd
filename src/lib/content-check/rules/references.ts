/** A reference to another record names an id that exists in that collection. Words and hints come from the registry (src/lib/collections.ts). */
import { z } from 'astro/zod';
import type { CollectionName } from '../../../schemas/index.ts';
import { collection as describe } from '../../collections.ts';
import { closest } from '../problems.ts';
import type { Ids } from './types.ts';

/** The reference builder of the linter: an id that must exist in the loaded collection. */
export function refChecker(ids: Ids) {
  return (collection: CollectionName) =>
    z.string({ error: `expected the id of a ${collection} record, as text` }).superRefine((id, ctx) => {
      if (ids[collection].has(id)) return;
      const near = closest(id, ids[collection]);
      ctx.addIssue({
        code: 'custom',
        message: `unknown ${describe(collection).labels.ref} "${id}"${near ? ` (did you mean "${near}"?)` : ''}`,
        params: { fix: describe(collection).refHint },
      });
    });
}
