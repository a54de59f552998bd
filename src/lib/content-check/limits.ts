/**
 * Limits checked on the raw text of a record before any parser sees it, so a careless or hostile file
 * cannot stall the linter or the build (a 1,000-level list, a YAML alias bomb) and never ends in a stack trace.
 */
import { isAlias, visit as visitYaml, type Document } from 'yaml';
import type { Problem } from './problems.ts';

export const LIMITS = {
  /** A record body (Markdown) in bytes: the longest record today is about a tenth of it. */
  bodyBytes: 200 * 1024,
  /** A line in characters: a long paragraph is one line; a line longer than this is not prose. */
  lineChars: 4000,
  /** Lists and block quotes nested deeper than this are refused before the Markdown parser runs. */
  nesting: 8,
} as const;

/** Bidirectional controls (can make text read differently from what it is) and invisible characters. */
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const HIDDEN_NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
  '\u00AD': 'SOFT HYPHEN',
};

const BOM = '\uFEFF';

/** Problems of the whole file's text; `text` is the file as read (a leading BOM included). */
export function textProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  if (text.startsWith(BOM)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'the file starts with a byte-order mark (an invisible character)',
      fix: 'remove the byte-order mark: save the file as UTF-8 without BOM',
    });
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.length > LIMITS.lineChars) {
      problems.push({
        file,
        line: i + 1,
        column: LIMITS.lineChars + 1,
        message: `line of ${line.length} characters (at most ${LIMITS.lineChars})`,
        fix: 'break the text into paragraphs or list items',
      });
    }
    for (const m of line.matchAll(HIDDEN)) {
      if (i === 0 && m.index === 0 && m[0] === BOM) continue;
      const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      problems.push({
        file,
        line: i + 1,
        column: m.index + 1,
        message: `invisible character U+${code} ${HIDDEN_NAMES[m[0]] ?? ''}`.trimEnd(),
        fix: 'delete it: invisible and direction-changing characters can make text read differently from what it says',
      });
    }
  });
  return problems;
}

/** How deep lists and block quotes nest on a line of Markdown: its indentation plus the markers that open containers. */
function containerDepth(line: string): number {
  let depth = 0;
  let rest = line.replace(/\t/g, '    ');
  const indent = /^ */.exec(rest)![0].length;
  depth += Math.floor(indent / 2);
  rest = rest.slice(indent);
  for (;;) {
    const m = /^(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)) ?\s*/.exec(rest);
    if (!m || m[0].length === 0) break;
    depth++;
    rest = rest.slice(m[0].length);
  }
  return depth;
}

/** Problems of a Markdown body that must be refused before it is parsed; `skip` says the body must not be parsed. */
export function bodyLimits(file: string, body: string, firstLine: number): { problems: Problem[]; skip: boolean } {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > LIMITS.bodyBytes) {
    return {
      skip: true,
      problems: [
        {
          file,
          line: firstLine,
          column: 1,
          message: `the body is ${Math.round(bytes / 1024)} KB (at most ${LIMITS.bodyBytes / 1024} KB)`,
          fix: 'summarise: a record is our digest with links to the full text, not the text itself',
        },
      ],
    };
  }
  let fence: string | undefined;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && (!fence || f.startsWith(fence))) fence = fence ? undefined : f;
    if (fence) continue;
    const depth = containerDepth(line);
    if (depth > LIMITS.nesting) {
      return {
        skip: true,
        problems: [
          {
            file,
            line: firstLine + i,
            column: 1,
            message: `lists or block quotes nested ${depth} levels deep (at most ${LIMITS.nesting})`,
            fix: 'flatten the list: use headings or fewer levels',
          },
        ],
      };
    }
  }
  return { skip: false, problems: [] };
}

/** YAML anchors (`&a`) and aliases (`*a`) are refused: records spell every value out, and aliases can multiply a file a million-fold. */
export function yamlAliasProblems(
  doc: Document,
  file: string,
  lineOffset: number,
  linePos: (offset: number) => { line: number; col: number },
): Problem[] {
  const problems: Problem[] = [];
  visitYaml(doc, (_key, node) => {
    const anchor = (node as { anchor?: string }).anchor;
    const range = (node as { range?: [number, number, number] }).range;
    if (!isAlias(node) && !anchor) return;
    const pos = linePos(range?.[0] ?? 0);
    problems.push({
      file,
      line: pos.line + lineOffset,
      column: pos.col,
      message: isAlias(node) ? `YAML alias *${node.source} is not allowed` : `YAML anchor &${anchor} is not allowed`,
      fix: 'write the value out in full where it is needed (anchors and aliases are not used in records)',
    });
  });
  return problems;
}
