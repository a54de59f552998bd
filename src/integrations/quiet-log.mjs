// @ts-check
/**
 * Astro's log, less the line per generated page: "generating static routes" then prints one summary line
 * ("N files generated") before its "Completed in …". Everything else (warnings, errors, each integration's
 * summary) passes through unchanged. KB_VERBOSE=1, or `--verbose` on the command line (`npm run build -- --verbose`),
 * restores Astro's full output.
 * A JavaScript file because Astro loads a logger entrypoint with a plain import (config `logger.entrypoint`).
 */
import nodeLog from 'astro/logger/node';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const plain = (/** @type {unknown} */ m) => String(m ?? '').replace(ANSI, '');

/** A page line: "  ├─ /naps/index.html" (label null, no newline; its time follows as a separate event). */
export function isPageLine(/** @type {{ label?: string | null, message?: unknown }} */ event) {
  return event.label == null && /^\s*[├└]─ /.test(plain(event.message));
}

/** The render time that follows a page line: " (+3ms) ", " (+1.20s) ", " (cached)", " (restored)". */
export function isPageTime(/** @type {{ label?: string | null, message?: unknown }} */ event) {
  return event.label === 'SKIP_FORMAT' && /^\s*\((\+[\d.]+m?s|cached|restored)\)/.test(plain(event.message));
}

/** The end of the route stage: "✓ Completed in 11.76s." with no label. */
function isStageEnd(/** @type {{ label?: string | null, message?: unknown }} */ event) {
  return event.label == null && /^\s*✓ Completed in /.test(plain(event.message));
}

export function verboseWanted(env = process.env, argv = process.argv) {
  return env.KB_VERBOSE === '1' || argv.includes('--verbose');
}

/**
 * @param {{ verbose?: boolean, destination?: { write(event: any): void } }} [config] `destination` (for tests) replaces the console
 * @returns {{ write(event: any): void }}
 */
export default function quietLog(config = {}) {
  // Astro's logger filters by level before events reach a destination, so the console one takes every level.
  const inner = config.destination ?? nodeLog({ level: 'debug' });
  if (config.verbose ?? verboseWanted()) return inner;
  let pages = 0;
  let reused = 0;
  return {
    write(event) {
      if (isPageLine(event)) {
        pages += 1;
        return;
      }
      // Pages render several at a time (build.concurrency), so a page's time need not follow its line.
      if (isPageTime(event)) {
        // An incremental build copies a page whose key and code are unchanged instead of rendering it.
        if (/\((cached|restored)\)/.test(plain(event.message))) reused += 1;
        return;
      }
      if (pages > 0 && isStageEnd(event)) {
        const message = `${pages} files generated${reused ? `, ${reused} of them reused from the last build` : ''} (KB_VERBOSE=1 lists each)`;
        inner.write({ ...event, message, newLine: true });
        pages = 0;
        reused = 0;
      }
      inner.write(event);
    },
  };
}
