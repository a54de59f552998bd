// Our own words: no record repeats 8 or more consecutive words of the Convention (CETS No. 197) or of the press
// release it digests, apart from allow-listed names and titles. Fingerprints: ../shared/reference/fingerprints/.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import {
  describeRun,
  findCopiedRuns,
  FingerprintMissingError,
  fingerprintOf,
  fingerprintPath,
  hashRun,
  lineColumn,
  loadFingerprint,
  normalise,
  OFFICIAL_TEXTS,
  ownWordsProblems,
} from '../../src/lib/content-check/own-words.ts';
import { ALLOWED_NAMES, ARTICLE_TITLES, CHAPTER_TITLES } from '../../src/lib/content-check/own-words-allow.ts';
import { haveReference, readReference, referenceDir } from '../helpers/reference.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const contentDir = join(projectRoot, 'content');

const TREATY = 'cets197-en';
const PRESS = 'osce-press-2021-11-16';
const haveFingerprints =
  existsSync(fingerprintPath(TREATY, referenceDir)) && existsSync(fingerprintPath(PRESS, referenceDir));
if (!haveFingerprints) {
  if (process.env.CI)
    throw new Error(
      `CI: the fingerprints of the official texts are required at ${join(referenceDir, 'fingerprints')}.`,
    );
  console.warn(
    `Own-words checks against the official texts skipped: no fingerprints at ${join(referenceDir, 'fingerprints')} (set KB_REFERENCE_DIR).`,
  );
}

/** A made-up "official text" and its fingerprint, so the hashing and merging are tested without reference data. */
const SAMPLE =
  'Each Party shall keep the records of every shelter in a register that the competent authority inspects once a year, ' +
  'and shall publish a summary of the register in the official journal.';
const sampleFingerprint = new Set(fingerprintOf(SAMPLE));

describe('own words: hashing and matching', () => {
  it('hashes a run as the fingerprint README says: lowercase, letters and numbers only, SHA-1, 12 hex digits', () => {
    const run = ['each', 'party', 'shall', 'keep', 'the', 'records', 'of', 'every'];
    const expected = createHash('sha1').update('each party shall keep the records of every').digest('hex').slice(0, 12);
    expect(hashRun(run)).toBe(expected);
    expect(normalise('Each Party—shall “keep” the RECORDS; of every…')).toEqual(run);
    expect(normalise('co-operation, 12(1)(b), Türkiye')).toEqual(['co', 'operation', '12', '1', 'b', 'türkiye']);
  });

  it('finds a copied run, merged into one finding, at the right line and column', () => {
    const text =
      'Intro line.\nWe note that each party shall keep the records of every shelter in a register, as agreed.';
    const runs = findCopiedRuns(text, sampleFingerprint);
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run!.words).toBe('each party shall keep the records of every shelter in a register');
    expect(run!.count).toBe(12);
    expect(text.slice(run!.offset, run!.offset + run!.length)).toBe(run!.words);
    expect(lineColumn(text, run!.offset)).toEqual({ line: 2, column: 14 });
    expect(describeRun(run!, 'the treaty')).toBe(
      "repeats 12 words of the treaty: 'each party shall keep the records of every shelter in a register'",
    );
  });

  it('does not match the same words in another order, or fewer than 8 in a row', () => {
    expect(
      findCopiedRuns(
        'every shelter keeps the records of each party in a register the competent authority',
        sampleFingerprint,
      ),
    ).toEqual([]);
    expect(findCopiedRuns('Each Party shall keep the records of each refuge.', sampleFingerprint)).toEqual([]);
  });

  it('reports two separate copied passages separately', () => {
    const text =
      'Each Party shall keep the records of every shelter. Then, quite apart: publish a summary of the register in the official journal.';
    expect(findCopiedRuns(text, sampleFingerprint).map((r) => r.count)).toEqual([9, 10]);
  });

  it('leaves out runs of an allow-listed name (with at most one word of their own), but not copied words around it', () => {
    const official =
      'Personal data shall be stored under the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data and used lawfully';
    const fp = new Set(fingerprintOf(official));
    expect(
      findCopiedRuns(
        'Records follow the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (ETS No. 108).',
        fp,
      ),
    ).toEqual([]);
    const copied = findCopiedRuns(
      'Data must be stored under the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data.',
      fp,
    );
    expect(copied).toHaveLength(1);
    expect(copied[0]!.words).toBe('be stored under the Convention for the Protection of');
    // The same runs count when the caller passes an allow-list without the name.
    expect(
      findCopiedRuns(
        'the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data',
        fp,
        { allow: [] },
      ),
    ).toHaveLength(1);
  });

  it('gives linter problems at the line and column of the file', () => {
    const text = '---\ntitle: x\n---\nWe note that each party shall keep the records of every shelter.';
    const [p] = ownWordsProblems('content/x.md', text, sampleFingerprint, 'the sample');
    expect(p).toMatchObject({
      file: 'content/x.md',
      line: 4,
      column: 14,
      message: "repeats 9 words of the sample: 'each party shall keep the records of every shelter'",
    });
    expect(p!.fix).toMatch(/own words/);
  });

  it('checks press records against the release and every record against the Convention', () => {
    const applying = (path: string) => OFFICIAL_TEXTS.filter((t) => t.appliesTo(path)).map((t) => t.fingerprint);
    expect(applying('press/2021-11-16-coordinators-meeting-strasbourg.md')).toEqual([TREATY, PRESS]);
    expect(applying('convention/article-26.md')).toEqual([TREATY]);
  });

  it('reports a missing fingerprint clearly', () => {
    expect(() => loadFingerprint('no-such-text', join(projectRoot, 'tests'))).toThrow(FingerprintMissingError);
    expect(() => loadFingerprint('no-such-text', join(projectRoot, 'tests'))).toThrow(
      /No fingerprint at .*no-such-text\.8grams.*KB_REFERENCE_DIR/,
    );
  });
});

describe.skipIf(!haveFingerprints)('own words: against the Convention text', () => {
  const treaty = haveFingerprints ? loadFingerprint(TREATY, referenceDir) : new Set<string>();

  it('finds a known run of the treaty (Art. 26)', () => {
    const runs = findCopiedRuns(
      'Parties shall provide for the possibility of not imposing penalties on victims for their involvement in unlawful activities.',
      treaty,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]!.count).toBeGreaterThanOrEqual(14);
  });

  it('does not find the same words reordered', () => {
    expect(
      findCopiedRuns(
        'Penalties on victims for unlawful activities: the possibility of not imposing them is provided for.',
        treaty,
      ),
    ).toEqual([]);
  });

  it('does not count allow-listed titles (Art. 39, ETS No. 108, GRETA)', () => {
    const text = [
      'Article 39 is titled "Relationship with the Protocol to prevent, suppress and punish trafficking in persons, especially women and children, supplementing the United Nations Convention against transnational organised crime".',
      'Data follow the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (ETS No. 108).',
      'GRETA (the Group of Experts on Action against Trafficking in Human Beings) monitors it.',
    ].join('\n');
    expect(findCopiedRuns(text, treaty)).toEqual([]);
    // Without the allow-list the same text repeats the treaty.
    expect(findCopiedRuns(text, treaty, { allow: [] }).length).toBeGreaterThan(0);
  });
});

describe.skipIf(!haveReference)('own words: the allow-list', () => {
  it('carries every article and chapter title of the reference data, exactly', () => {
    expect([...ARTICLE_TITLES]).toEqual(readReference('coe-convention-articles.csv').map((r) => r.title));
    expect([...CHAPTER_TITLES]).toEqual(readReference('coe-convention-chapters.csv').map((r) => r.chapter_title));
  });

  it('holds names only: no entry is longer than a title', () => {
    for (const name of ALLOWED_NAMES) expect(normalise(name).length, name).toBeLessThanOrEqual(30);
  });
});

/** Every record file under content/: entries (.md, .mdx: front matter and body) and data files (.yaml, .yml). */
function recordFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...recordFiles(path));
    else if (['.md', '.mdx', '.yaml', '.yml'].includes(extname(entry.name))) out.push(path);
  }
  return out.sort();
}

describe.skipIf(!haveFingerprints)('own words: every record', () => {
  const treaty = haveFingerprints ? loadFingerprint(TREATY, referenceDir) : new Set<string>();
  const press = haveFingerprints ? loadFingerprint(PRESS, referenceDir) : new Set<string>();
  const files = recordFiles(contentDir);

  function findings(fingerprint: ReadonlySet<string>, name: string): string[] {
    const text = OFFICIAL_TEXTS.find((t) => t.fingerprint === name)!;
    const out: string[] = [];
    for (const path of files) {
      const contentPath = relative(contentDir, path).split(sep).join('/');
      if (!text.appliesTo(contentPath)) continue;
      const file = `content/${contentPath}`;
      const source = readFileSync(path, 'utf8');
      for (const p of ownWordsProblems(file, source, fingerprint, text.what))
        out.push(`${p.file}:${p.line}:${p.column}  ${p.message}`);
    }
    return out;
  }

  it('reads the records', () => {
    expect(files.some((f) => f.includes(`${sep}convention${sep}`))).toBe(true);
    expect(files.some((f) => f.endsWith('.yaml'))).toBe(true);
  });

  it('no record repeats 8 or more words of the Convention outside allow-listed names', () => {
    const found = findings(treaty, TREATY);
    expect(
      found,
      `Write these in our own words (names and titles go on the allow-list in src/lib/content-check/own-words-allow.ts):\n${found.join('\n')}`,
    ).toEqual([]);
  });

  it('no press record repeats 8 or more words of the OSCE release of 16 November 2021', () => {
    const found = findings(press, PRESS);
    expect(found, `Write these in our own words:\n${found.join('\n')}`).toEqual([]);
  });
});
