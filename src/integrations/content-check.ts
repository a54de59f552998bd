/**
 * Runs the content linter on every build and dev start: a wrong file stops the build with all its problems listed.
 *
 * In a build the linter runs in a worker thread, started at `astro:config:setup`, while Astro syncs the content,
 * Vite bundles the site and Astro renders the pages on the main thread. Its answer on the records (YAML, schemas,
 * references, and files with an MDX body) is awaited by each content loader before it returns
 * (src/lib/content-check/sync-gate.ts): a record Astro would refuse, a reference it would report, or an MDX body it
 * would stop on, is reported with every other problem first. Its full answer, with the rules on the other bodies,
 * is awaited at `astro:build:done`, before Pagefind or any other step (ADR 0023). Meanwhile the pages are written
 * into a staging folder (src/integrations/staged-output.ts), never into the output directory: a failing check
 * discards both, so a build with a wrong record never leaves anything deployable. Unchanged files come from the
 * linter's cache (src/lib/content-check/cache.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultCacheDir, type CacheStats } from '../lib/content-check/cache.ts';
import { formatProblems, type Problem } from '../lib/content-check/problems.ts';
import { contentRoot } from '../lib/content-root.ts';
import { setRecordsGate } from '../lib/content-check/sync-gate.ts';
import { mark, note } from './build-phases.ts';
import { discardOutput } from './staged-output.ts';

export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
}

interface WorkerAnswer {
  stage: 'done';
  problems?: Problem[];
  stats?: CacheStats;
  error?: string;
  started: number;
  ended: number;
}
interface RecordsAnswer {
  stage: 'records';
  problems: Problem[];
  at: number;
}

/** Starts the linter in a worker thread: `records` settles when the records' schemas are checked, `done` at the end. */
function checkInWorker(
  root: string,
  projectRoot: string,
  cacheDir: string,
): { records: Promise<RecordsAnswer | WorkerAnswer>; done: Promise<WorkerAnswer> } {
  let recordsSettled: (answer: RecordsAnswer | WorkerAnswer) => void = () => {};
  const records = new Promise<RecordsAnswer | WorkerAnswer>((resolve) => (recordsSettled = resolve));
  const done = new Promise<WorkerAnswer>((resolve, reject) => {
    const worker = new Worker(new URL('../lib/content-check/worker.ts', import.meta.url), {
      workerData: { root, projectRoot, cacheDir },
    });
    worker.unref(); // a build that fails elsewhere does not wait for the linter
    worker.on('message', (answer: RecordsAnswer | WorkerAnswer) => {
      recordsSettled(answer);
      if (answer.stage !== 'done') return;
      resolve(answer);
      void worker.terminate();
    });
    const failed = (error: Error) => {
      recordsSettled({ stage: 'done', error: error.message, started: 0, ended: 0 });
      reject(error);
    };
    worker.once('error', failed);
    worker.once('exit', (code) =>
      failed(new Error(`the content check stopped (exit code ${code}) before it answered`)),
    );
  });
  done.catch(() => {}); // awaited at the gates below; never an unhandled rejection meanwhile
  return { records, done };
}

function fail(problems: Problem[], logger: AstroIntegrationLogger): never {
  logger.error(`\n${formatProblems(problems)}`);
  const error = new ContentProblemsError(`${problems.length} content problem(s): see the list above.`);
  error.stack = ''; // the list says everything; a stack trace would only bury it
  throw error;
}

export function contentCheck(): AstroIntegration {
  let pending: Promise<WorkerAnswer> | undefined;
  let records: Promise<RecordsAnswer | WorkerAnswer> | undefined;
  let passed = false;
  let log: AstroIntegrationLogger | undefined;

  /** Awaits the worker's answer; on problems, discards what the build has written and stops it. */
  async function gate(where: string): Promise<void> {
    if (!pending || passed) return;
    mark(`check:wait@${where}`);
    let answer: WorkerAnswer;
    try {
      answer = await pending;
    } catch (error) {
      discardOutput();
      throw error;
    }
    mark(`check:waited@${where}`);
    if (answer.started) {
      mark('check:start', answer.started - performance.timeOrigin);
      mark('check:end', answer.ended - performance.timeOrigin);
    }
    if (answer.stats) note('checkCache', answer.stats);
    if (answer.error) {
      discardOutput();
      throw new Error(`the content check crashed: ${answer.error}`);
    }
    if (answer.problems?.length) {
      discardOutput();
      fail(answer.problems, log!);
    }
    passed = true;
    log?.info(
      `content is valid${answer.stats ? ` (${answer.stats.hits} file(s) unchanged since the last check, ${answer.stats.misses} checked)` : ''}`,
    );
  }

  return {
    name: 'kb:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        // Only what builds or serves content is checked; `astro preview` and `astro check` (types) are not.
        setRecordsGate(undefined);
        if (command !== 'build' && command !== 'dev') return;
        // Only the output-safety test sets this, to prove the second net catches what gets past the first.
        if (process.env.KB_SKIP_CONTENT_CHECK_FOR_TESTS === '1') {
          logger.warn('content check SKIPPED (KB_SKIP_CONTENT_CHECK_FOR_TESTS=1): never deploy this build');
          return;
        }
        const root = fileURLToPath(config.root);
        const cacheDir = defaultCacheDir(root);
        if (command === 'dev') {
          // The dev server starts once per session: check in line, so a wrong file is reported before it serves.
          // (Loaded here only: a build loads the linter in its worker.)
          const { checkContent } = await import('../lib/content-check/index.ts');
          const problems = checkContent(contentRoot(root), root, { cacheDir });
          if (problems.length) fail(problems, logger);
          logger.info('content is valid');
          return;
        }
        log = logger;
        mark('check:launch');
        ({ records, done: pending } = checkInWorker(contentRoot(root), root, cacheDir));
        // Astro's content sync starts next, beside the check; its loaders wait for the answer on the records before
        // they return (src/lib/content-check/sync-gate.ts). The rules on the bodies run on beside Vite and the pages.
        // One answer for every loader (a failing list is written once); the wait the benchmark reports is the last
        // loader's, the one the sync stood still for.
        let recordsChecked: Promise<void> | undefined;
        setRecordsGate(async () => {
          mark('check:wait@sync', undefined, { last: true });
          recordsChecked ??= records!.then(async (answer) => {
            mark('check:records', answer.stage === 'records' ? answer.at - performance.timeOrigin : undefined);
            if (answer.stage === 'done' || answer.problems.length) await gate('sync');
          });
          await recordsChecked;
          mark('check:waited@sync', undefined, { last: true });
        });
      },
      // The pages are in the staging folder; nothing else runs on them before the whole answer.
      'astro:build:done': async () => {
        await gate('done');
      },
    },
  };
}
