/** What every rule of the content linter sees, and what it returns. */
import type { CollectionName } from '../../../schemas/index.ts';
import type { RecordData } from '../../collections.ts';
import type { LoadedRecord } from '../load.ts';
import type { Problem } from '../problems.ts';

/** The ids present in each collection, for reference checks. */
export type Ids = Record<CollectionName, Set<string>>;

export interface RuleContext {
  /** Every loaded record, valid or not. */
  records: readonly LoadedRecord[];
  /** Records that passed their schema, with the parsed data. */
  valid: ReadonlyMap<LoadedRecord, RecordData>;
}

/** A rule across records: it runs on records that passed their schema and reports problems. */
export type Rule = (context: RuleContext) => Problem[];

/** The valid records of one collection, with their parsed data. */
export function validOf(context: RuleContext, collection: CollectionName): [LoadedRecord, RecordData][] {
  return [...context.valid].filter(([r]) => r.collection === collection);
}
