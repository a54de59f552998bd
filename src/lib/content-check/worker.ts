/**
 * The content check in a worker thread (node:worker_threads), so the build's main thread syncs content, bundles
 * and renders while the linter reads every record on the second core. Started by src/integrations/content-check.ts.
 * Posts twice: `records` with the problems of YAML, schemas and references (what Astro's content sync would refuse
 * too) and of the files with an MDX body (which Vite and Astro would stop on), then `done` with every problem, the
 * cache's hits and misses, and when it started and ended (epoch ms).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, type CacheStats, type Problem } from './index.ts';

const { root, projectRoot, cacheDir } = workerData as { root: string; projectRoot: string; cacheDir?: string };
const started = performance.timeOrigin + performance.now();
try {
  const stats: CacheStats = { hits: 0, misses: 0 };
  const onRecordsChecked = (problems: readonly Problem[]) =>
    parentPort!.postMessage({ stage: 'records', problems, at: performance.timeOrigin + performance.now() });
  const problems = checkContent(root, projectRoot, { ...(cacheDir ? { cacheDir, stats } : {}), onRecordsChecked });
  parentPort!.postMessage({
    stage: 'done',
    problems,
    stats,
    started,
    ended: performance.timeOrigin + performance.now(),
  });
} catch (error) {
  parentPort!.postMessage({
    stage: 'done',
    error: (error as Error).stack ?? String(error),
    started,
    ended: performance.timeOrigin + performance.now(),
  });
}
