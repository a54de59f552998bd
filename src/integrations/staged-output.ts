/**
 * A build writes the site into a staging folder in Astro's cache directory, and the site moves into the output
 * directory (dist/, or KB_OUT_DIR) only at the very end, once every step has passed: the content check's answer on
 * the bodies, which comes while the pages are being rendered (ADR 0023), and every `astro:build:done` step. So the
 * output directory never holds a page of a build that has not passed: it keeps the last good build while a new one
 * runs, and a build stopped by the content check empties it (`discardOutput`).
 *
 * `stageOutput()` goes first among the integrations, so every other one sees the staging folder as the output
 * directory; `publishOutput()` goes last.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The output directory a build publishes to, and the folder it writes into meanwhile (set while building). */
let dirs: { final: string; staged: string } | undefined;

/** A folder as the log shows it: relative to where the build runs when inside it. */
function shown(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dir;
}

/** Empties a folder but for a `.git` inside it (as Astro does with its output directory), if it is there. */
function empty(dir: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) if (entry !== '.git') rmSync(join(dir, entry), { recursive: true, force: true });
}

/** Moves everything in `from` into `to` (emptied first), by renaming each entry, or copying across file systems. */
function moveInto(from: string, to: string): void {
  empty(to);
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    try {
      renameSync(join(from, entry), join(to, entry));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(join(from, entry), join(to, entry), { recursive: true });
      rmSync(join(from, entry), { recursive: true, force: true });
    }
  }
}

/** Leaves nothing deployable: the staged pages and whatever the output directory held. */
export function discardOutput(): void {
  if (!dirs) return;
  empty(dirs.staged);
  empty(dirs.final);
}

export function stageOutput(): AstroIntegration {
  return {
    name: 'kb:stage-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        dirs = undefined;
        if (command !== 'build') return;
        const final = fileURLToPath(config.outDir);
        const staged = join(fileURLToPath(config.cacheDir), 'kb-staged-output');
        dirs = { final, staged };
        updateConfig({ outDir: pathToFileURL(`${staged}/`) });
        logger.info(`the site is built in ${shown(staged)} and moved to ${shown(final)} once it has passed`);
      },
    },
  };
}

export function publishOutput(): AstroIntegration {
  return {
    name: 'kb:publish-output',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!dirs) return;
        moveInto(dirs.staged, dirs.final);
        rmSync(dirs.staged, { recursive: true, force: true });
        logger.info(`the site is in ${shown(dirs.final)}`);
      },
    },
  };
}
