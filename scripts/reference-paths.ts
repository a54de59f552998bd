import { resolve } from 'node:path';

/** The shared reference data: ../shared/reference beside the repository, or KB_REFERENCE_DIR. */
export function referenceDir(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.KB_REFERENCE_DIR ?? '../shared/reference');
}

/** Official text of CETS No. 197 on the Council of Europe's site. */
export const OFFICIAL_TEXT_URL = 'https://rm.coe.int/168008371d';

/** The date stamped on imported records' verification. */
export const TODAY = new Date().toISOString().slice(0, 10);
