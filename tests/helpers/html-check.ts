/**
 * The Nu HTML checker (vnu-jar) over every page of a build. The global setup starts it as soon as the build is done,
 * so its Java run (one core, 20 to 30 s) overlaps the browser tests; tests/build/site.test.ts waits for its answer,
 * written to a file once the checker has exited.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { htmlFiles } from './built-site.ts';
import { JAVA } from './java.ts';
import { run } from './run.ts';

export const VNU_JAR = resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');

export interface HtmlCheckAnswer {
  /** The pages given to the checker. */
  files: string[];
  /** Why the checker could not run, if it did not. */
  error?: string;
  /** Its exit status: not 0 when it found errors. */
  status: number | null;
  /** Its messages, one per line (gnu format). */
  output: string;
}

/** Starts the checker on every page of `dist`; returns a function that stops it. */
export function startHtmlCheck(dist: string, answerFile: string): () => void {
  rmSync(answerFile, { force: true });
  const files = htmlFiles(dist);
  const stop = new AbortController();
  const answer = (a: Omit<HtmlCheckAnswer, 'files'>) => {
    // Written whole and then renamed, so a reader never sees half of it.
    writeFileSync(`${answerFile}.part`, JSON.stringify({ files, ...a }));
    renameSync(`${answerFile}.part`, answerFile);
  };
  run(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'gnu', ...files], { signal: stop.signal }).then(
    answer,
    (e) => answer({ error: String(e), status: null, output: '' }),
  );
  return () => stop.abort();
}

/** The checker's answer, once it has one. */
export async function htmlCheckAnswer(answerFile: string, timeoutMs: number): Promise<HtmlCheckAnswer> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(answerFile)) {
    if (Date.now() > until) throw new Error(`The HTML checker gave no answer in ${timeoutMs / 1000} s.`);
    await sleep(250);
  }
  return JSON.parse(readFileSync(answerFile, 'utf8')) as HtmlCheckAnswer;
}
