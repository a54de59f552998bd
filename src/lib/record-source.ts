/** Where a record's file is in the repository, when it last changed, and the links to edit it or see its history. */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { collections, type CollectionName } from '../schemas/index.ts';
import { contentRoot } from './content-root.ts';
import { lastChanged, repoRoot } from './git-dates.ts';
import { editUrl, historyUrl, repoFromEnv } from './repo.ts';

export interface RecordSource {
  /** Path from the repository root, e.g. content/naps/md-2024-2027.md. */
  file: string;
  /** Day of the last commit that changed the file (entries only: a data file holds many records). */
  updated?: string | undefined;
  edit?: string | undefined;
  history?: string | undefined;
}

export function recordSource(
  collection: CollectionName,
  id: string,
  cwd: string = process.cwd(),
): RecordSource | undefined {
  const storage = collections[collection].storage;
  const root = contentRoot(cwd);
  const abs =
    storage.kind === 'data'
      ? join(root, storage.file)
      : ['.md', '.mdx'].map((ext) => join(root, storage.dir, `${id}${ext}`)).find((p) => existsSync(p));
  if (!abs || !existsSync(abs)) return undefined;
  const top = repoRoot(cwd) ?? cwd;
  const file = relative(top, abs).split(sep).join('/');
  const repo = repoFromEnv();
  return {
    file,
    updated: storage.kind === 'entries' ? lastChanged(top).get(file) : undefined,
    edit: repo && editUrl(repo, file),
    history: repo && historyUrl(repo, file),
  };
}
