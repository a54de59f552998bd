/**
 * Pages speak to readers: no words about how the site is made (our research, our tools, our tasks) may appear on
 * any page. The deny-list lives here, in one place: the content linter checks every record with it (front matter
 * strings and body, with file:line:column), and the build test tests/build/reader-words.test.ts checks the text
 * of every built page with the same list.
 *
 * Several of these words are also ordinary English, and the knowledge base uses them in their ordinary sense all
 * the time: States "issue" residence permits, the OSCE Parliamentary Assembly holds "sessions", a journal has an
 * numbered "issue", a plan can be "brief", a practice can be a digital "tool", a project has "the project's partners", a
 * construction site has "scaffolding", Hong Kong has "domestic helpers". So each entry matches the process sense
 * only (a numbered tracker issue, a set of instructions called a brief, a saved copy of a page, a named search
 * tool: the patterns below say exactly which), and each says what to
 * write instead. Add a pattern only with an example of the process sense, and check the corpus for ordinary uses
 * (`grep -rniE '<pattern>' content src`) before you do.
 */
import { parseBody } from './parse-body.ts';
import { visit } from 'unist-util-visit';
import type { LoadedRecord } from './load.ts';
import type { Problem } from './problems.ts';

export interface ProcessWord {
  /** The words as an editor would recognise them, for the message. */
  words: string;
  /** The process sense only. Global flag: every hit is reported. */
  pattern: RegExp;
  /** What to write instead. */
  fix: string;
}

const FOR_READER =
  'write for the reader: say which source says what, or what could not be read, without describing how this site was made';

export const PROCESS_WORDS: readonly ProcessWord[] = [
  // "issue #12", "GitHub issue", "the issue tracker", "open an issue" (not "the issue of demand", "issued", a journal's numbered issue).
  {
    words: 'issue (tracker)',
    pattern:
      /\b(?:issue\s*#\s*\d+|(?:GitHub|GitLab)\s+issues?|issue\s+tracker|(?:open|opened|file|filed)\s+an\s+issue)\b/gi,
    fix: FOR_READER,
  },
  // Instructions called a brief: "for/per/under" + "the/our/this" + brief, a "task brief" (not "plans were brief",
  // "in brief", "policy brief").
  {
    words: 'brief',
    pattern:
      /\b(?:(?:following|per|under|in|from|see|by)\s+(?:the|our|this)\s+brief\b(?!\s+(?:period|time|stay|visit|overview|summary|description|note|look|history))|(?:our|task|project)\s+brief\b|the\s+brief\s+(?:for|says|said|asks|asked|requires|required)\b)/gi,
    fix: `${FOR_READER}; to explain how the article is summarised, say it in plain words ("each paragraph is summarised as…")`,
  },
  {
    words: 'stored (copy, mirror, version, page)',
    pattern: /\bstored\s+(?:full\s+)?(?:cop(?:y|ies)|mirrors?|versions?|pages?|snapshots?)\b/gi,
    fix: 'name what was read instead: "an archived copy of the page (URL)", "the copy of the release on <site>", or say the text "could not be read"',
  },
  // The writer's own working sittings, earlier or current (not "the 116th session of the Committee of Ministers",
  // "training sessions").
  {
    words: 'session',
    pattern:
      /\b(?:(?:this|our|an?\s+(?:earlier|previous|later)|the\s+(?:earlier|previous|last))\s+(?:editing\s+|research\s+)?session\b(?!\s+of\b)|(?:editing|research|agent|chat)\s+sessions?\b)/gi,
    fix: FOR_READER,
  },
  // "the search tool returned", "the tool showed" (not a practice that is a tool: "a search tool that finds…", "the tool connects phone numbers").
  {
    words: 'the tool',
    pattern:
      /\b(?:(?:research|fetch)\s+tools?\b|the\s+(?:search\s+)?tools?\s+(?:showed|shows|returned|returns|did\s+not\s+return|gave|gives)\b)/gi,
    fix: FOR_READER,
  },
  {
    words: 'search result',
    pattern: /\bsearch\s+results?\b/gi,
    fix: 'name the page that was read (publisher, title) instead of how it was found',
  },
  { words: 'our process', pattern: /\bour\s+process(?:es)?\b/gi, fix: FOR_READER },
  // Not "domestic helpers" (a term of labour migration).
  { words: 'helper', pattern: /(?<!\bdomestic\s)\bhelpers?\b/gi, fix: FOR_READER },
  // Not "scaffolding" (construction).
  { words: 'scaffold', pattern: /\bscaffold(?:ed|er)?\b/gi, fix: FOR_READER },
  {
    words: 'TODO',
    pattern: /\bTODO\b/g,
    fix: 'finish the sentence or remove it; a note to editors belongs in an HTML comment <!-- … --> or in the pull request',
  },
  // "the project's reference data" (not "the project's partners" of a practice that is a project).
  {
    words: "the project's",
    pattern: /\bthe\s+project'?s\s+(?:own\s+)?(?:reference|data|guide|rules?|tools?|process|notes?|style)\b/gi,
    fix: FOR_READER,
  },
];

export interface ProcessWordHit {
  index: number;
  text: string;
  rule: ProcessWord;
}

/** All the rules as one case-blind test: most texts match none, and one scan of them is enough to tell. */
const ANY_RULE = new RegExp(PROCESS_WORDS.map((rule) => `(?:${rule.pattern.source})`).join('|'), 'i');

/** Every deny-listed phrase in a text, in order. */
export function findProcessWords(text: string): ProcessWordHit[] {
  if (!ANY_RULE.test(text)) return [];
  const hits: ProcessWordHit[] = [];
  for (const rule of PROCESS_WORDS) {
    for (const m of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags)))
      hits.push({ index: m.index, text: m[0], rule });
  }
  return hits.sort((a, b) => a.index - b.index);
}

const problem = (file: string, line: number, column: number, hit: ProcessWordHit, field?: string): Problem => ({
  file,
  line,
  column,
  ...(field ? { field } : {}),
  message: `"${hit.text}" speaks about how the site is made (${hit.rule.words}); pages speak to readers`,
  fix: hit.rule.fix,
});

/** Fields that hold addresses or ids, never text a reader reads as prose. */
const NOT_TEXT = new Set(['url', 'source', 'readVia', 'officialText']);

/** Position (1-based line and column) of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Front matter (or data) strings of one record. `source` is the whole file, to point at the word itself. */
function frontMatter(r: LoadedRecord, source: string): Problem[] {
  const problems: Problem[] = [];
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (NOT_TEXT.has(String(path.at(-1))) || /^https?:\/\/\S*$/.test(value)) return;
      for (const hit of findProcessWords(value)) {
        const at = r.locate(path);
        // Find the words in the file from where the value starts (they may be folded across lines).
        const from = (lineStarts[at.line - 1] ?? 0) + Math.max(0, at.column - 1);
        const words = hit.text
          .split(/\s+/)
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('\\s+');
        const m = new RegExp(words, 'i').exec(source.slice(from));
        const where = m ? position(source, from + m.index) : at;
        problems.push(problem(r.file, where.line, where.column, hit, path.join('.')));
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(r.data, []);
  return problems;
}

interface TextNode {
  type: string;
  value?: string;
  alt?: string;
  position?: { start: { line: number; column: number } };
}

/** The text a reader sees in a body: text, inline code and image descriptions (not link addresses, not HTML comments). */
function body(r: LoadedRecord): Problem[] {
  if (!r.body) return [];
  const { text, format, firstLine } = r.body;
  let tree;
  try {
    tree = parseBody(text, format) as never;
  } catch {
    return []; // lint-markdown reports the syntax error
  }
  const problems: Problem[] = [];
  visit(tree as never, (node: TextNode) => {
    const value =
      node.type === 'text' || node.type === 'inlineCode' || node.type === 'code'
        ? node.value
        : node.type === 'image'
          ? node.alt
          : undefined;
    if (!value || !node.position) return;
    for (const hit of findProcessWords(value)) {
      const rel = position(value, hit.index);
      const line = node.position.start.line + rel.line - 1 + firstLine - 1;
      const column = rel.line === 1 ? node.position.start.column + rel.column - 1 : rel.column;
      problems.push(problem(r.file, line, column, hit));
    }
  });
  return problems;
}

/**
 * Data generated from the shared reference data (`npm run import:reference`): an editor cannot fix it here, the
 * import would undo the fix. Where its text reaches a page, the build test on the pages catches it.
 */
const GENERATED = new Set(['countries', 'themes', 'chapters', 'sources', 'facts', 'rounds']);

/** Every deny-listed phrase in a record's front matter (or hand-edited data) and body. */
export function lintProcessWords(r: LoadedRecord, source: string): Problem[] {
  if (GENERATED.has(r.collection)) return [];
  return [...frontMatter(r, source), ...body(r)];
}
