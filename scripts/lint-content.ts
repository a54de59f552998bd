// `npm run lint:content`: checks every record (schema, references, ids, Markdown/MDX policy) and lists all problems.
import { checkContent, formatProblems } from '../src/lib/content-check/index.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const problems = checkContent(contentRoot());
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Content is valid: no problems found.');
