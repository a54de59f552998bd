/** Runs the content linter before every build and dev start: a wrong file stops the build with all its problems listed. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content-check/index.ts';
import { contentRoot } from '../lib/content-root.ts';

export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'kb:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Only what builds or serves content is checked; `astro preview` and `astro check` (types) are not.
        if (command !== 'build' && command !== 'dev') return;
        // Only the output-safety test sets this, to prove the second net catches what gets past the first.
        if (process.env.KB_SKIP_CONTENT_CHECK_FOR_TESTS === '1') {
          logger.warn('content check SKIPPED (KB_SKIP_CONTENT_CHECK_FOR_TESTS=1): never deploy this build');
          return;
        }
        const root = fileURLToPath(config.root);
        const problems = checkContent(contentRoot(root), root);
        if (problems.length) {
          logger.error(`\n${formatProblems(problems)}`);
          const error = new ContentProblemsError(`${problems.length} content problem(s): see the list above.`);
          error.stack = ''; // the list says everything; a stack trace would only bury it
          throw error;
        }
        logger.info('content is valid');
      },
    },
  };
}
