/**
 * The shared reference data (../shared/reference or KB_REFERENCE_DIR). Under CI it must be there;
 * elsewhere tests that compare against it are skipped with a line saying why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export const referenceDir = resolve(
  import.meta.dirname,
  '../..',
  process.env.KB_REFERENCE_DIR ?? '../shared/reference',
);
export const haveReference = existsSync(join(referenceDir, 'coe-convention-articles.csv'));
if (!haveReference) {
  if (process.env.CI) throw new Error(`CI: the shared reference data is required at ${referenceDir}.`);
  console.warn(`Reference checks skipped: no shared reference data at ${referenceDir} (set KB_REFERENCE_DIR).`);
}

export function readReference(name: string): Record<string, string>[] {
  return parse(readFileSync(join(referenceDir, name), 'utf8'), { columns: true, skip_empty_lines: true });
}

/** The Parties to CETS No. 197 in the reference data (cets197-parties.csv), with their ids (lower-case ISO alpha-2). */
export function referenceParties(): { id: string; name: string; coeMember: boolean }[] {
  return readReference('cets197-parties.csv').map((p) => ({
    id: p.iso_alpha2!.toLowerCase(),
    name: p.state!,
    coeMember: p.coe_member_state === 'yes',
  }));
}

/** Ids of the region's States in the reference data (states.csv): OSCE participating States and Parties to the Convention. */
export function referenceRegionIds(): string[] {
  return readReference('states.csv')
    .filter((s) => s.osce_participating_state === 'yes' || s.cets197_party === 'yes')
    .map((s) => s.iso_alpha2!.toLowerCase())
    .sort();
}
