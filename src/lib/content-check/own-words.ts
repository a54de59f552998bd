/**
 * Own words: finds runs of 8 or more consecutive words that a text shares with an official text, given that
 * text's fingerprint (../shared/reference/fingerprints/*.8grams, see the README there). A fingerprint holds only
 * hashes: lowercase the text, replace every character that is not a letter or number by a space, split into
 * words, and hash each run of 8 words joined by one space (SHA-1, first 12 hex characters).
 *
 * Runs made of a name on the allow-list (own-words-allow.ts: instruments, bodies, article and chapter titles),
 * with at most one word of their own ("to the Committee of Ministers of the Council of Europe"), are legitimate
 * repeats and are not reported. Matches are merged into maximal runs, so an
 * editor sees one finding per copied passage.
 *
 *   const treaty = loadFingerprint('cets197-en');
 *   for (const run of findCopiedRuns(text, treaty)) {
 *     const { line, column } = lineColumn(text, run.offset);
 *     console.log(`${line}:${column} repeats ${run.count} words of the treaty: '${run.words}'`);
 *   }
 */
import { hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALLOWED_NAMES } from './own-words-allow.ts';
import type { Problem } from './problems.ts';

/** Length of the runs a fingerprint is made of. */
export const RUN_LENGTH = 8;

/** A run with no more than this many words outside allow-listed names is a repeat of names, not of prose. */
export const MAX_WORDS_OUTSIDE_NAMES = 1;

/** A word of a text: its normalised form and where it stands in the text. */
export interface Word {
  word: string;
  /** Offset of the first character (UTF-16 index into the text). */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

/** A maximal run of words that repeats an official text. */
export interface CopiedRun {
  /** The run as it stands in the text, with whitespace collapsed. */
  words: string;
  /** Offset of its first character in the text (see `lineColumn`). */
  offset: number;
  /** Its length in characters, in the text. */
  length: number;
  /** How many words it has (8 or more). */
  count: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/**
 * Splits a text into normalised words with their positions. Equivalent to the fingerprint's rule (lowercase,
 * then split on anything that is not a letter or number), including letters whose lower case is not a letter.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    for (const w of m[0].toLowerCase().split(NOT_WORD)) if (w) out.push({ word: w, start, end });
  }
  return out;
}

/** The normalised words of a text, as plain strings. */
export function normalise(text: string): string[] {
  return words(text).map((w) => w.word);
}

/** The fingerprint hash of one run of words. */
export function hashRun(run: readonly string[]): string {
  // The one-shot hash: about 2.5 times as fast as createHash() for strings this short, with the same digest.
  return hash('sha1', run.join(' '), 'hex').slice(0, 12);
}

/** Every run hash of a text, in order (what a fingerprint file would hold for it, unsorted and with repeats). */
export function fingerprintOf(text: string): string[] {
  const ws = normalise(text);
  const out: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= ws.length; i++) out.push(hashRun(ws.slice(i, i + RUN_LENGTH)));
  return out;
}

/** The allow-list, normalised once: each name as a word sequence, indexed by its first word. */
function compileAllowList(names: readonly string[]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const name of names) {
    const ws = normalise(name);
    const first = ws[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push(ws);
    byFirst.set(first, list);
  }
  return byFirst;
}

const defaultAllowList = compileAllowList(ALLOWED_NAMES);

export interface FindOptions {
  /** Names whose runs are legitimate repeats; defaults to the project's allow-list (own-words-allow.ts). */
  allow?: readonly string[];
}

/**
 * Runs of 8 or more consecutive words of `text` whose 8-word runs hash to a line of `fingerprint`, leaving out
 * runs that lie inside allow-listed names but for one word, merged into maximal runs. Offsets index into `text`.
 */
export function findCopiedRuns(text: string, fingerprint: ReadonlySet<string>, options: FindOptions = {}): CopiedRun[] {
  const ws = words(text);
  const n = ws.length;
  if (n < RUN_LENGTH) return [];
  const allowList = options.allow ? compileAllowList(options.allow) : defaultAllowList;

  // Words inside an allow-listed name where it occurs (a "the" just before a name is read with it).
  const inName = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (const name of allowList.get(ws[i]!.word) ?? []) {
      if (i + name.length > n) continue;
      let same = true;
      for (let k = 1; k < name.length && same; k++) same = ws[i + k]!.word === name[k];
      if (!same) continue;
      const from = i > 0 && ws[i - 1]!.word === 'the' && name[0] !== 'the' ? i - 1 : i;
      inName.fill(1, from, i + name.length);
    }
  }
  // A run is a legitimate repeat when at most one of its words lies outside names ("to the Committee of
  // Ministers of the Council of Europe"): copying needs at least two words of prose.
  const copied = new Uint8Array(n);
  let outside = 0;
  for (let k = 0; k < RUN_LENGTH - 1; k++) outside += inName[k] ? 0 : 1;
  for (let i = 0; i + RUN_LENGTH <= n; i++) {
    outside += inName[i + RUN_LENGTH - 1] ? 0 : 1;
    if (outside > MAX_WORDS_OUTSIDE_NAMES) {
      const run: string[] = [];
      for (let k = i; k < i + RUN_LENGTH; k++) run.push(ws[k]!.word);
      if (fingerprint.has(hashRun(run))) copied.fill(1, i, i + RUN_LENGTH);
    }
    outside -= inName[i] ? 0 : 1;
  }

  const runs: CopiedRun[] = [];
  for (let i = 0; i < n;) {
    if (!copied[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && copied[j + 1]) j++;
    const offset = ws[i]!.start;
    const end = ws[j]!.end;
    runs.push({ words: text.slice(offset, end).replace(/\s+/g, ' '), offset, length: end - offset, count: j - i + 1 });
    i = j + 1;
  }
  return runs;
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** One finding as an editor reads it: "repeats 23 words of the treaty: '…'". */
export function describeRun(run: CopiedRun, what = 'the official text'): string {
  return `repeats ${run.count} words of ${what}: '${run.words}'`;
}

/**
 * The official texts records are checked against: the fingerprint's name, how a finding names the text, and
 * which record files it applies to (paths relative to content/, with "/" separators).
 */
export const OFFICIAL_TEXTS: readonly {
  fingerprint: string;
  what: string;
  appliesTo: (contentPath: string) => boolean;
}[] = [
  { fingerprint: 'cets197-en', what: 'the Convention (CETS No. 197)', appliesTo: () => true },
  {
    fingerprint: 'osce-press-2021-11-16',
    what: 'the OSCE press release of 16 November 2021',
    appliesTo: (path) => path.startsWith('press/'),
  },
];

/**
 * The copied runs of one file as linter problems (`file` as the linter reports it; `text` the whole file, so
 * lines and columns are the file's own).
 */
export function ownWordsProblems(
  file: string,
  text: string,
  fingerprint: ReadonlySet<string>,
  what = 'the official text',
): Problem[] {
  return findCopiedRuns(text, fingerprint).map((run) => ({
    file,
    ...lineColumn(text, run.offset),
    message: describeRun(run, what),
    fix: 'say it in our own words and link the official text; a name or title that may be repeated belongs on the allow-list in src/lib/content-check/own-words-allow.ts',
  }));
}

/** The shared reference data: KB_REFERENCE_DIR (relative to the project root) or ../shared/reference. */
export function referenceDir(projectRoot: string = resolve(import.meta.dirname, '../../..')): string {
  return resolve(projectRoot, process.env.KB_REFERENCE_DIR ?? '../shared/reference');
}

/** Where a fingerprint file lives: `<reference>/fingerprints/<name>.8grams`. */
export function fingerprintPath(name: string, dir: string = referenceDir()): string {
  return join(dir, 'fingerprints', name.endsWith('.8grams') ? name : `${name}.8grams`);
}

/** Thrown when a fingerprint file is not there, with the path looked at and what to do. */
export class FingerprintMissingError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(
      `No fingerprint at ${path}: the own-words check needs the shared reference data ` +
        '(../shared/reference/fingerprints/, or set KB_REFERENCE_DIR to the reference directory).',
    );
    this.name = 'FingerprintMissingError';
    this.path = path;
  }
}

/** Whether a fingerprint file is present. */
export function haveFingerprint(name: string, dir?: string): boolean {
  return existsSync(fingerprintPath(name, dir));
}

/**
 * Reads a fingerprint ("cets197-en", "osce-press-2021-11-16"): one 12-hex-digit hash a line.
 * Throws FingerprintMissingError when the file is missing, and an Error when a line is not a hash.
 */
export function loadFingerprint(name: string, dir?: string): Set<string> {
  const path = fingerprintPath(name, dir);
  if (!existsSync(path)) throw new FingerprintMissingError(path);
  const set = new Set<string>();
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const h = line.trim();
      if (!h) return;
      if (!/^[0-9a-f]{12}$/.test(h))
        throw new Error(`${path}:${i + 1}: not a fingerprint line (12 lowercase hex digits): "${h}"`);
      set.add(h);
    });
  return set;
}
