/**
 * Links from a page to its source in the repository: "Edit this page", its history and "Suggest a correction",
 * built from one configured address (REPO_URL, a GitHub repository; REPO_BRANCH, default main). Unset: no links.
 */
export interface Repo {
  url: string;
  branch: string;
}

export function repoFromEnv(env: Record<string, string | undefined> = process.env): Repo | undefined {
  const url = env['REPO_URL']?.trim().replace(/\/+$/, '');
  if (!url || !/^https:\/\//.test(url)) return undefined;
  return { url, branch: env['REPO_BRANCH']?.trim() || 'main' };
}

/** The file in the repository's web editor. */
export function editUrl(repo: Repo, file: string): string {
  return `${repo.url}/edit/${repo.branch}/${file}`;
}

/** The file's history (every change, with its author and message). */
export function historyUrl(repo: Repo, file: string): string {
  return `${repo.url}/commits/${repo.branch}/${file}`;
}

/** A new issue from the correction form, pre-filled with the page's address and title. */
export function correctionUrl(repo: Repo, pageUrl: string, title: string): string {
  const query = new URLSearchParams({ template: 'correction.yml', title: `Correction: ${title}`, page: pageUrl });
  return `${repo.url}/issues/new?${query.toString()}`;
}
