/**
 * "Last updated" from the git history of each record's file, read once per build with one `git log`, no network.
 * A shallow clone (its history cut short) or no git at all gives no dates rather than wrong ones.
 */
import { execFileSync } from 'node:child_process';

export type HistoryStatus = 'full' | 'shallow' | 'none';

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** Whether `cwd` has a git history that dates its files truthfully. */
export function historyStatus(cwd: string): HistoryStatus {
  const shallow = git(['rev-parse', '--is-shallow-repository'], cwd)?.trim();
  if (shallow === undefined) return 'none';
  return shallow === 'true' ? 'shallow' : 'full';
}

const cache = new Map<string, Map<string, string>>();

/** Date (YYYY-MM-DD, committer date) of the last commit that changed each file, keyed by path from the repository root. */
export function lastChanged(cwd: string): Map<string, string> {
  const hit = cache.get(cwd);
  if (hit) return hit;
  const dates = new Map<string, string>();
  if (historyStatus(cwd) === 'full') {
    const out = git(['log', '--format=%x00%cI', '--name-only', '--no-renames'], cwd) ?? '';
    let date = '';
    for (const line of out.split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1, 11);
      else if (line && !dates.has(line)) dates.set(line, date);
    }
  }
  cache.set(cwd, dates);
  return dates;
}

const roots = new Map<string, string | undefined>();

/** The repository root of `cwd`, if any (asked once per folder: every record page needs it). */
export function repoRoot(cwd: string): string | undefined {
  if (!roots.has(cwd)) roots.set(cwd, git(['rev-parse', '--show-toplevel'], cwd)?.trim() || undefined);
  return roots.get(cwd);
}
