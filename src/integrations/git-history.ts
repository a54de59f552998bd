/** Says in the build summary whether pages carry "Last updated" dates and edit links, and why not. */
import type { AstroIntegration } from 'astro';
import { historyStatus } from '../lib/git-dates.ts';
import { repoFromEnv } from '../lib/repo.ts';

export function gitHistory(): AstroIntegration {
  return {
    name: 'kb:git-history',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const status = historyStatus(process.cwd());
        logger.info(
          status === 'full'
            ? 'last-updated dates: from the git history'
            : status === 'shallow'
              ? 'last-updated dates left out: this is a shallow clone (fetch the full history, e.g. fetch-depth: 0, to show them)'
              : 'last-updated dates left out: no git repository here',
        );
        const repo = repoFromEnv();
        logger.info(
          repo
            ? `edit and correction links: to ${repo.url} (${repo.branch})`
            : 'edit and correction links left out: REPO_URL is not set',
        );
      },
    },
  };
}
