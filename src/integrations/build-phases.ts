/**
 * Build phase timings for the benchmark (scripts/bench.ts): when `KB_PHASES_FILE` is set, each build hook and
 * our own steps (the content check, the Pagefind index) mark the time (ms since the process started) and the
 * peak memory so far, and the marks are written to that file as JSON when the process exits. Without the
 * variable, marks cost a map entry each and nothing is written.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';

interface Phases {
  marks: Record<string, number>;
  maxRss: Record<string, number>;
  notes: Record<string, unknown>;
}

const KEY = Symbol.for('kb.build-phases');
const store = ((globalThis as Record<symbol, unknown>)[KEY] ??= { marks: {}, maxRss: {}, notes: {} }) as Phases;
let writer = false;

/**
 * Marks a moment of the build. The first mark of a name wins, so a hook that runs twice keeps its first time;
 * with `last`, the last one does (of steps that run once per collection, the one that ends the step).
 */
export function mark(name: string, at: number = performance.now(), { last = false } = {}): void {
  if (last || !(name in store.marks)) {
    store.marks[name] = Math.round(at);
    store.maxRss[name] = process.resourceUsage().maxRSS * 1024;
  }
  if (!writer && process.env.KB_PHASES_FILE) {
    writer = true;
    const file = process.env.KB_PHASES_FILE;
    process.on('exit', () => {
      mark('exit');
      writeFileSync(file, JSON.stringify(store, null, 1));
    });
  }
}

/** Adds a fact to the phases file (cache hits, page counts). */
export function note(key: string, value: unknown): void {
  store.notes[key] = value;
}

export function buildPhases(): AstroIntegration {
  return {
    name: 'kb:build-phases',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        mark('config:setup');
        // Vite's bundling ends when the app's build hooks of order "post" run, just before Astro renders the pages.
        updateConfig({
          vite: {
            plugins: [{ name: 'kb:build-phases', buildApp: { order: 'post', handler: async () => mark('vite:done') } }],
          },
        });
      },
      'astro:config:done': () => mark('config:done'),
      'astro:build:start': () => mark('build:start'),
      'astro:build:setup': () => mark('build:setup'),
      'astro:build:generated': () => mark('build:generated'),
      'astro:build:done': () => mark('build:done'),
    },
  };
}
