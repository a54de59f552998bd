import { resolve } from 'node:path';

/** The shared reference data: ../shared/reference beside the repository, or KB_REFERENCE_DIR. */
export function referenceDir(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.KB_REFERENCE_DIR ?? '../shared/reference');
}

/** The Council of Europe's page of CETS No. 197, which links its authentic English and French texts (source S02). */
export const OFFICIAL_TEXT_URL = 'https://www.coe.int/en/web/anti-human-trafficking/anti-trafficking-convention';

/** The date stamped on imported records' verification. */
export const TODAY = new Date().toISOString().slice(0, 10);
