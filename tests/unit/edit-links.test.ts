// Edit and correction links from REPO_URL; "last updated" from git history, and nothing where history is cut or absent.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyStatus, lastChanged } from '../../src/lib/git-dates.ts';
import { correctionUrl, editUrl, historyUrl, repoFromEnv } from '../../src/lib/repo.ts';

describe('repository links', () => {
  it('come from REPO_URL (https only, trailing slash dropped) and REPO_BRANCH, default main', () => {
    expect(repoFromEnv({})).toBeUndefined();
    expect(repoFromEnv({ REPO_URL: 'http://insecure.example/x' })).toBeUndefined();
    expect(repoFromEnv({ REPO_URL: 'https://github.com/o/r/' })).toEqual({
      url: 'https://github.com/o/r',
      branch: 'main',
    });
    expect(repoFromEnv({ REPO_URL: 'https://github.com/o/r', REPO_BRANCH: 'trunk' })!.branch).toBe('trunk');
  });
  it('point at the file in the web editor, its history, and a pre-filled correction form', () => {
    const repo = { url: 'https://github.com/o/r', branch: 'main' };
    expect(editUrl(repo, 'content/naps/md-2024-2027.md')).toBe(
      'https://github.com/o/r/edit/main/content/naps/md-2024-2027.md',
    );
    expect(historyUrl(repo, 'content/naps/md-2024-2027.md')).toBe(
      'https://github.com/o/r/commits/main/content/naps/md-2024-2027.md',
    );
    const u = new URL(correctionUrl(repo, 'https://kb.example.org/naps/md-2024-2027/', 'Moldova & co'));
    expect(u.pathname).toBe('/o/r/issues/new');
    expect(u.searchParams.get('template')).toBe('correction.yml');
    expect(u.searchParams.get('page')).toBe('https://kb.example.org/naps/md-2024-2027/');
    expect(u.searchParams.get('title')).toBe('Correction: Moldova & co');
  });
});

function repoWithHistory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-git-'));
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });
  git(['init', '-q']);
  writeFileSync(join(dir, 'a.md'), 'one');
  writeFileSync(join(dir, 'b.md'), 'one');
  git(['add', '.']);
  git(['commit', '-qm', 'first'], '2024-02-29T10:00:00Z');
  writeFileSync(join(dir, 'a.md'), 'two');
  git(['commit', '-qam', 'second'], '2025-06-01T10:00:00Z');
  return dir;
}

describe('last updated from git', () => {
  it('is the day of the last commit that changed each file', () => {
    const dir = repoWithHistory();
    expect(historyStatus(dir)).toBe('full');
    const dates = lastChanged(dir);
    expect(dates.get('a.md')).toBe('2025-06-01');
    expect(dates.get('b.md')).toBe('2024-02-29');
  });
  it('is left out in a shallow clone, whose history would date every file to its one commit', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'kb-shallow-')), 'c');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repoWithHistory()}`, clone]);
    expect(historyStatus(clone)).toBe('shallow');
    expect(lastChanged(clone).size).toBe(0);
  });
  it('is left out without git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-nogit-'));
    expect(historyStatus(dir)).toBe('none');
    expect(lastChanged(dir).size).toBe(0);
  });
});
