// `npm run lint:content`: checks every record (schema, references, ids, Markdown/MDX policy) and lists all problems.
// `npm run lint:content -- --github` prints them as GitHub workflow commands, so a pull request shows each one on its line.
// Unchanged files are taken from the linter's cache (node_modules/.cache/kb-content-check, or under KB_CACHE_DIR), as
// in the build; `--no-cache` checks every file afresh.
import { checkContent, defaultCacheDir, formatProblems } from '../src/lib/content-check/index.ts';
import { githubAnnotations } from '../src/lib/content-check/problems.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const problems = checkContent(
  contentRoot(),
  process.cwd(),
  process.argv.includes('--no-cache') ? {} : { cacheDir: defaultCacheDir(process.cwd()) },
);
if (problems.length) {
  console.error(formatProblems(problems));
  if (process.argv.includes('--github')) console.log(githubAnnotations(problems));
  process.exit(1);
}
console.log('Content is valid: no problems found.');
