/**
 * Phase times of one build, from the marks src/integrations/build-phases.ts writes to KB_PHASES_FILE (ms since
 * the build process started). The content check runs in a worker beside the other phases: `check` is its own
 * duration (from the worker's start, module loading included), `checkWaited` the time the build stood still
 * waiting for it (at the content sync, and at the end for the rules on the bodies, which run beside the pages).
 */
export interface PhaseTimes {
  total: number;
  /** Node and Astro start, config loading: up to `astro:config:setup`. */
  startup: number;
  check: number;
  checkWaited: number;
  /** Content sync (and Vite's set-up): `astro:config:done` to `astro:build:start`, less the wait for the check. */
  sync: number;
  /** Vite bundling: `astro:build:start` to its last app hook. */
  vite: number;
  /** Page generation: from the end of bundling to `astro:build:generated`. */
  pages: number;
  pagefind: number;
  /**
   * The rest of `astro:build:done` and exit beyond Pagefind's time: the other steps (headers, sitemap, social images,
   * history) run beside Pagefind's indexer, so this is what they add after it, or a little for the exit.
   */
  endSteps: number;
  cacheHits?: string;
}

interface Marks {
  marks: Record<string, number>;
  maxRss: Record<string, number>;
  notes: Record<string, unknown>;
}

export function phasesOf({ marks: m, notes }: Marks): PhaseTimes {
  const at = (name: string) => m[name] ?? Number.NaN;
  const sec = (ms: number) => (Number.isFinite(ms) ? ms / 1000 : 0);
  // The build waits for the check at the sync (the records) and when the pages are written (the bodies, ADR 0023).
  const waitedAt = (gate: string) => (m[`check:waited@${gate}`] ?? 0) - (m[`check:wait@${gate}`] ?? 0);
  const waitedSync = waitedAt('sync');
  const waitedDone = waitedAt('done');
  const cache = notes.checkCache as { hits: number; misses: number } | undefined;
  return {
    total: sec(at('exit')),
    startup: sec(at('config:setup')),
    check: sec((m['check:end'] ?? Number.NaN) - at('check:launch')),
    checkWaited: sec(waitedSync + waitedDone),
    sync: sec(at('build:start') - at('config:done') - waitedSync),
    vite: sec(at('vite:done') - at('build:start')),
    pages: sec(at('build:generated') - at('vite:done')),
    pagefind: sec(at('pagefind:end') - at('pagefind:start')),
    endSteps: sec(at('exit') - at('build:done') - waitedDone - (at('pagefind:end') - at('pagefind:start'))),
    ...(cache ? { cacheHits: `${cache.hits}/${cache.hits + cache.misses}` } : {}),
  };
}
