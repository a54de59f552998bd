/**
 * Phase times of one build, from the marks src/integrations/build-phases.ts writes to KB_PHASES_FILE (ms since
 * the build process started). The content check runs in a worker beside the other phases: `check` is its own
 * duration (from the worker's start, module loading included), `checkWaited` the time the build stood still
 * waiting for it (at the content sync and before page generation).
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
  /** Page generation: from the end of bundling (or of the wait for the check) to `astro:build:generated`. */
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
  const waitedSync = (m['check:waited@sync'] ?? 0) - (m['check:wait@sync'] ?? 0);
  const waitedPages = (m['check:waited@pages'] ?? 0) - (m['check:wait@pages'] ?? 0);
  const cache = notes.checkCache as { hits: number; misses: number } | undefined;
  return {
    total: sec(at('exit')),
    startup: sec(at('config:setup')),
    check: sec((m['check:end'] ?? Number.NaN) - at('check:launch')),
    checkWaited: sec(waitedSync + waitedPages),
    sync: sec(at('build:start') - at('config:done') - waitedSync),
    vite: sec(at('vite:done') - at('build:start')),
    pages: sec(at('build:generated') - Math.max(at('vite:done'), m['check:waited@pages'] ?? 0)),
    pagefind: sec(at('pagefind:end') - at('pagefind:start')),
    endSteps: sec(at('exit') - at('build:done') - (at('pagefind:end') - at('pagefind:start'))),
    ...(cache ? { cacheHits: `${cache.hits}/${cache.hits + cache.misses}` } : {}),
  };
}
