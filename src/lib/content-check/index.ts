/** The content linter: every problem in every record file, in one run. */
import { loadContent } from './load.ts';
import { lintBody } from './lint-markdown.ts';
import { lintProcessWords } from './process-words.ts';
import { lintInternalLinks } from './internal-links.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sortProblems, type Problem } from './problems.ts';
import { validateRecords } from './validate.ts';
import { checkYaml11Keys } from './yaml11-keys.ts';

export { formatProblems, type Problem } from './problems.ts';

export function checkContent(root: string, projectRoot: string = process.cwd()): Problem[] {
  const { records, problems } = loadContent(root, projectRoot);
  problems.push(...validateRecords(records));
  problems.push(...checkYaml11Keys(root, projectRoot));
  const sources = new Map<string, string>();
  for (const r of records) {
    if (r.body) problems.push(...lintBody(r.file, r.body.text, r.body.format, r.body.firstLine));
    // Words about how the site is made never reach a page (see process-words.ts).
    const source = sources.get(r.file) ?? readFileSync(resolve(projectRoot, r.file), 'utf8');
    sources.set(r.file, source);
    problems.push(...lintProcessWords(r, source));
  }
  problems.push(...lintInternalLinks(records));
  return sortProblems(problems);
}
