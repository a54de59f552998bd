/**
 * Validates every record against its schema and the rules that span records (ids, references, uniqueness).
 * The rules live in ./rules/ (one module each); turning a Zod issue into an editor's message is ./messages.ts.
 */
import type { z } from 'astro/zod';
import { allCollections, collection, type RecordData } from '../collections.ts';
import type { LoadedRecord } from './load.ts';
import { editorIssues, issueToProblem } from './messages.ts';
import type { Problem } from './problems.ts';
import { CROSS_RECORD_RULES, duplicateIdProblems, RECORD_RULES, refChecker, type Ids } from './rules/index.ts';

export function validateRecords(records: LoadedRecord[]): Problem[] {
  const problems: Problem[] = duplicateIdProblems(records);
  const ids = Object.fromEntries(allCollections().map((c) => [c, new Set<string>()])) as Ids;
  for (const r of records) ids[r.collection].add(r.id);

  const ref = refChecker(ids);
  const valid = new Map<LoadedRecord, RecordData>();
  for (const r of records) {
    for (const rule of RECORD_RULES) problems.push(...rule(r));
    const schema = (collection(r.collection).schema as (b: typeof ref) => z.ZodType)(ref);
    const result = schema.safeParse(r.data);
    if (result.success) valid.set(r, result.data as RecordData);
    else for (const issue of editorIssues(result.error.issues)) problems.push(issueToProblem(issue, r, schema));
  }

  for (const rule of CROSS_RECORD_RULES) problems.push(...rule({ records, valid }));
  return problems;
}
