import { resolve } from 'node:path';

/**
 * Where the records live. `KB_CONTENT_DIR` points the build elsewhere: the benchmark's
 * synthetic corpus and the broken fixtures of the tests use it.
 */
export function contentRoot(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.KB_CONTENT_DIR ?? 'content');
}
