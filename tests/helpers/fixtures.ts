import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** A content dir: the valid base fixture with one broken case laid over it. */
export function brokenContent(caseName: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kb-${caseName}-`));
  cpSync(join(FIXTURES, 'content-base'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'broken', caseName), dir, { recursive: true });
  return dir;
}

/** A fresh copy of the valid base fixture, to lay one file over. */
export function baseContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-base-'));
  cpSync(join(FIXTURES, 'content-base'), dir, { recursive: true });
  return dir;
}
