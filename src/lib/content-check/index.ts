/** The content linter: every problem in every record file, in one run. */
import { insecureUrlProblems } from './insecure-urls.ts';
import { loadContent, type LoadedRecord } from './load.ts';
import { clearParsedBodies } from './parse-body.ts';
import { lintBody } from './lint-markdown.ts';
import { lintProcessWords } from './process-words.ts';
import { bodyLinks, lintInternalLinks } from './internal-links.ts';
import { ContentCheckCache, linterVersion, type BodyLink, type CacheStats, type FileResult } from './cache.ts';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fingerprintPath, haveFingerprint, loadFingerprint, OFFICIAL_TEXTS, ownWordsProblems } from './own-words.ts';
import { sortProblems, type Problem } from './problems.ts';
import { validateRecords } from './validate.ts';

export { formatProblems, type Problem } from './problems.ts';
export { defaultCacheDir, type CacheStats } from './cache.ts';

export interface CheckOptions {
  /**
   * Keep each file's own results (Markdown policy, reader words, own words, its links) in this directory between
   * runs, so unchanged files are not parsed again (see cache.ts; `defaultCacheDir` gives the usual place).
   * Rules across records run over every record each time.
   */
  cacheDir?: string;
  /** Filled with the cache's hits and misses, when a cache is used. */
  stats?: CacheStats;
  /**
   * Called with the problems of the records' YAML, schemas and references (what Astro's content sync would also
   * refuse), and every problem of the files with an MDX body (Vite compiles those bodies and Astro renders their
   * components, so a wrong one could stop the build before the rest of the answer comes: ADR 0023), as soon as they
   * are known, before the rules on the other bodies run.
   */
  onRecordsChecked?: (problems: readonly Problem[]) => void;
}

export function checkContent(root: string, projectRoot: string = process.cwd(), options: CheckOptions = {}): Problem[] {
  const { records, problems, yaml11 } = loadContent(root, projectRoot);
  problems.push(...validateRecords(records));
  const texts = OFFICIAL_TEXTS.filter((t) => haveFingerprint(t.fingerprint));
  const cache = options.cacheDir
    ? new ContentCheckCache(
        options.cacheDir,
        root,
        linterVersion(
          projectRoot,
          texts.map((t) => fingerprintPath(t.fingerprint)),
        ),
      )
    : undefined;
  const fingerprints = new Map<string, Set<string>>();
  const fingerprint = (name: string) =>
    fingerprints.get(name) ?? fingerprints.set(name, loadFingerprint(name)).get(name)!;
  const byFile = new Map<string, LoadedRecord[]>();
  for (const r of records) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const results = new Map<string, FileResult>();
  const checkOneFile = (file: string, fileRecords: readonly LoadedRecord[]) => {
    const source = readFileSync(resolve(projectRoot, file), 'utf8');
    const result =
      cache?.get(file, source) ?? checkFile(file, source, fileRecords, texts, fingerprint, root, projectRoot);
    // The rules of a file share its trees; none is needed once the file's rules have run.
    clearParsedBodies();
    cache?.set(file, source, result);
    results.set(file, result);
    return result;
  };
  // Files with an MDX body first: their problems come with the records' answer (see onRecordsChecked).
  const mdxFiles = [...byFile].filter(([, fileRecords]) => fileRecords.some((r) => r.body?.format === 'mdx'));
  for (const [file, fileRecords] of mdxFiles) checkOneFile(file, fileRecords);
  options.onRecordsChecked?.(sortProblems([...problems, ...mdxFiles.flatMap(([file]) => results.get(file)!.problems)]));
  // Not something Astro's content sync refuses, so the build need not wait for it (see onRecordsChecked).
  problems.push(...yaml11);
  for (const r of records) problems.push(...insecureUrlProblems(r));
  const links = new Map<LoadedRecord, readonly BodyLink[]>();
  for (const [file, fileRecords] of byFile) {
    const result = results.get(file) ?? checkOneFile(file, fileRecords);
    problems.push(...result.problems);
    for (const r of fileRecords) links.set(r, result.links[r.id] ?? []);
  }
  problems.push(...lintInternalLinks(records, (r) => links.get(r) ?? []));
  cache?.save();
  if (cache && options.stats) Object.assign(options.stats, cache.stats);
  return sortProblems(problems);
}

/** What one file yields on its own: every rule that needs only this file (the work the cache saves). */
function checkFile(
  file: string,
  source: string,
  fileRecords: readonly LoadedRecord[],
  texts: typeof OFFICIAL_TEXTS,
  fingerprint: (name: string) => Set<string>,
  root: string,
  projectRoot: string,
): FileResult {
  const problems: Problem[] = [];
  const links: Record<string, BodyLink[]> = {};
  for (const r of fileRecords) {
    // Words about how the site is made never reach a page (see process-words.ts).
    problems.push(...lintProcessWords(r, source));
    if (!r.body) continue;
    links[r.id] = bodyLinks(r);
    if (r.body.skip) continue;
    try {
      problems.push(...lintBody(r.file, r.body.text, r.body.format, r.body.firstLine));
    } catch (error) {
      // A body the parser cannot handle is one more problem of that file, never a crash that hides the others.
      problems.push({
        file: r.file,
        line: r.body.firstLine,
        column: 1,
        message: `the body cannot be read: ${String((error as Error).message ?? error).split('\n')[0]}`,
        fix: 'simplify the Markdown around this place (see docs/content-guide.md)',
      });
    }
  }
  problems.push(...ownWords(file, source, texts, fingerprint, root, projectRoot));
  return { problems, links };
}

/**
 * Runs of 8 words copied from an official text whose fingerprint is at hand (the shared reference data).
 * Where it is not (a deployer's machine), this check is left to the test suite, which requires it under CI.
 */
function ownWords(
  file: string,
  source: string,
  texts: typeof OFFICIAL_TEXTS,
  fingerprint: (name: string) => Set<string>,
  root: string,
  projectRoot: string,
): Problem[] {
  const problems: Problem[] = [];
  const contentPath = relative(root, resolve(projectRoot, file)).split('\\').join('/');
  for (const text of texts) {
    if (text.appliesTo(contentPath))
      problems.push(...ownWordsProblems(file, source, fingerprint(text.fingerprint), text.what));
  }
  return problems;
}
