/** The content linter: every problem in every record file, in one run. */
import { insecureUrlProblems } from './insecure-urls.ts';
import { loadContent } from './load.ts';
import { lintBody } from './lint-markdown.ts';
import { sortProblems, type Problem } from './problems.ts';
import { validateRecords } from './validate.ts';

export { formatProblems, type Problem } from './problems.ts';

export function checkContent(root: string, projectRoot: string = process.cwd()): Problem[] {
  const { records, problems } = loadContent(root, projectRoot);
  problems.push(...validateRecords(records));
  for (const r of records) {
    problems.push(...insecureUrlProblems(r));
    if (!r.body || r.body.skip) continue;
    try {
      problems.push(...lintBody(r.file, r.body.text, r.body.format, r.body.firstLine));
    } catch (error) {
      // A body the parser cannot handle is one more problem of that file, never a crash that hides the others.
      problems.push({ file: r.file, line: r.body.firstLine, column: 1, message: `the body cannot be read: ${String((error as Error).message ?? error).split('\n')[0]}`,
        fix: 'simplify the Markdown around this place (see docs/content-guide.md)' });
    }
  }
  return sortProblems(problems);
}
