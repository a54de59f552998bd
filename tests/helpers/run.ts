/** Child processes of the tests: a command run to its end, and `astro build` of the project. */
import { spawn, type SpawnOptions } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const ASTRO = resolve(root, 'node_modules/astro/bin/astro.mjs');

export interface Ran {
  /** The exit status (null when the process was killed). */
  status: number | null;
  /** Its standard output and error, in the order they came. */
  output: string;
}

/** Runs a command to its end; rejects only when it cannot be started (or is aborted through `signal`). */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

/** `astro build` of the project with `env` on top of this process's (a variable set to undefined is left out). */
export function astroBuild(env: Record<string, string | undefined>): Promise<Ran> {
  return run(process.execPath, [ASTRO, 'build'], { cwd: root, env: { ...process.env, ...env } });
}
