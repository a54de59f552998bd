/** The content linter: every problem in every record file, in one run. */
import { insecureUrlProblems } from './insecure-urls.ts';
import { loadContent } from './load.ts';
import { clearParsedBodies } from './parse-body.ts';
import { lintBody } from './lint-markdown.ts';
import { lintProcessWords } from './process-words.ts';
import { lintInternalLinks } from './internal-links.ts';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { haveFingerprint, loadFingerprint, OFFICIAL_TEXTS, ownWordsProblems } from './own-words.ts';
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
    problems.push(...insecureUrlProblems(r));
    // Words about how the site is made never reach a page (see process-words.ts).
    const source = sources.get(r.file) ?? readFileSync(resolve(projectRoot, r.file), 'utf8');
    sources.set(r.file, source);
    problems.push(...lintProcessWords(r, source));
    if (!r.body || r.body.skip) continue;
    try {
      problems.push(...lintBody(r.file, r.body.text, r.body.format, r.body.firstLine));
    } catch (error) {
      // A body the parser cannot handle is one more problem of that file, never a crash that hides the others.
      problems.push({ file: r.file, line: r.body.firstLine, column: 1, message: `the body cannot be read: ${String((error as Error).message ?? error).split('\n')[0]}`,
        fix: 'simplify the Markdown around this place (see docs/content-guide.md)' });
    }
  }
  problems.push(...lintInternalLinks(records));
  problems.push(...ownWords(sources, root, projectRoot));
  clearParsedBodies();
  return sortProblems(problems);
}

/**
 * Runs of 8 words copied from an official text whose fingerprint is at hand (the shared reference data).
 * Where it is not (a deployer's machine), this check is left to the test suite, which requires it under CI.
 */
function ownWords(sources: Map<string, string>, root: string, projectRoot: string): Problem[] {
  const problems: Problem[] = [];
  for (const text of OFFICIAL_TEXTS) {
    if (!haveFingerprint(text.fingerprint)) continue;
    const fingerprint = loadFingerprint(text.fingerprint);
    for (const [file, source] of sources) {
      if (text.appliesTo(relative(root, resolve(projectRoot, file)).split('\\').join('/'))) {
        problems.push(...ownWordsProblems(file, source, fingerprint, text.what));
      }
    }
  }
  return problems;
}
