/**
 * What a raw HTML node of a record may contain: HTML comments and white space, nothing else.
 * Decided by parse5, the HTML tokenizer of the WHATWG specification, so the linter sees what a browser would
 * build from the same characters. Anything that would become markup is refused: an element, text between
 * comments, a processing instruction or bogus comment (`<?x>`, `<!x>`), a malformed comment (`<!-->`, `--!>`,
 * a comment left open, split across list items or block quotes) and conditional comments.
 */
import { parseFragment, type DefaultTreeAdapterMap, type ParserError } from 'parse5';

type ChildNode = DefaultTreeAdapterMap['childNode'];

export interface RawHtmlFinding {
  /** 1-based line and column inside the node's value. */
  line: number;
  column: number;
  message: string;
}

const COMMENT_ERRORS: Record<string, string> = {
  'abrupt-closing-of-empty-comment':
    'a comment closed at once (`<!-->` or `<!--->`) ends there, and what follows becomes markup',
  'incorrectly-closed-comment': 'a comment closed by `--!>` is malformed',
  'nested-comment': 'a comment inside a comment (`<!--` within `<!-- … -->`) is malformed',
  'eof-in-comment':
    'a comment that is not closed in the same block (it may be split across lines, list items or block quotes)',
  'incorrectly-opened-comment': 'this is not a comment (`<!` without `--`): the browser reads it as a bogus comment',
  'unexpected-question-mark-instead-of-tag-name': 'a processing instruction (`<?…>`) is not allowed',
  'cdata-in-html-content': 'a CDATA section is not allowed',
};

function describe(node: ChildNode): string | undefined {
  switch (node.nodeName) {
    case '#comment': {
      const data = (node as DefaultTreeAdapterMap['commentNode']).data;
      return /^\s*\[if\b|<!\[endif\]\s*$/i.test(data) ? 'a conditional comment is not allowed' : undefined;
    }
    case '#text': {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      return value.trim() === ''
        ? undefined
        : `text inside raw HTML ("${value.trim().slice(0, 30)}") would be read as markup`;
    }
    case '#documentType':
      return 'a doctype is not allowed';
    default:
      return `the element <${node.nodeName}> is not allowed`;
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Every reason the raw HTML `value` is more than comments and white space, with its place inside `value`. */
export function rawHtmlFindings(value: string): RawHtmlFinding[] {
  const findings: RawHtmlFinding[] = [];
  const onParseError = (error: ParserError) => {
    // An unclosed comment is reported where it opens, not at the end of the block.
    const open = error.code === 'eof-in-comment' ? value.lastIndexOf('<!--') : -1;
    const at = open >= 0 ? position(value, open) : { line: error.startLine, column: error.startCol };
    findings.push({
      ...at,
      message: COMMENT_ERRORS[error.code] ?? `the HTML is malformed (${error.code})`,
    });
  };
  const fragment = parseFragment(value, { sourceCodeLocationInfo: true, onParseError });
  const covered: [number, number][] = [];
  for (const node of fragment.childNodes) {
    const loc = node.sourceCodeLocation;
    const message = describe(node);
    if (!message) {
      if (loc) covered.push([loc.startOffset, loc.endOffset]);
      continue;
    }
    findings.push({ line: loc?.startLine ?? 1, column: loc?.startCol ?? 1, message });
  }
  // The tree alone is not enough: in a fragment, `<body onload=…>`, `<html>`, end tags and doctypes leave no node,
  // yet in a page a browser acts on them. Every character must lie inside a comment or be white space.
  const flagged = new Set(findings.map((f) => `${f.line}:${f.column}`));
  let offset = 0;
  for (const [start, end] of [
    ...covered.sort((a, b) => a[0] - b[0]),
    [value.length, value.length] as [number, number],
  ]) {
    const gap = value.slice(offset, start);
    const lead = gap.search(/\S/);
    if (lead >= 0) {
      const at = position(value, offset + lead);
      if (!flagged.has(`${at.line}:${at.column}`)) {
        findings.push({ ...at, message: `"${gap.trim().slice(0, 24)}" is HTML markup, not a comment` });
      }
    }
    offset = Math.max(offset, end);
  }
  // One finding per place: a malformed comment often also yields the element that follows it.
  const seen = new Set<string>();
  return findings
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((f) => {
      const key = `${f.line}:${f.column}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
