/**
 * The Markdown and MDX policy, checked on a syntax tree with positions (unified + remark-gfm, + remark-mdx for .mdx):
 * no import/export, no JavaScript expressions, only the components we provide, no raw HTML or script URLs,
 * headings that start at level 2 without skipping, and footnotes that are both defined and used.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { mdxComponentPolicy } from '../../components/mdx/policy.ts';
import type { Problem } from './problems.ts';

const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;
const FOOTNOTE_CALL = /\[\^([^\]\s]+)\]/g;

interface Point { line: number; column: number }
interface AnyNode {
  type: string;
  name?: string | null;
  url?: string;
  depth?: number;
  value?: string;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: Point };
  children?: AnyNode[];
}

const allowed = Object.keys(mdxComponentPolicy).join(', ');

export function lintBody(file: string, text: string, format: 'md' | 'mdx', firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const at = (node: { position?: { start: Point } } | undefined, message: string, fix: string) => {
    const start = node?.position?.start ?? { line: 1, column: 1 };
    problems.push({ file, line: start.line + firstLine - 1, column: start.column, message, fix });
  };

  const processor = unified().use(remarkParse).use(remarkGfm);
  if (format === 'mdx') processor.use(remarkMdx);
  let tree: AnyNode;
  try {
    tree = processor.parse(text) as AnyNode;
  } catch (error) {
    const e = error as { message: string; place?: Point | { start: Point }; line?: number; column?: number };
    const place = e.place && 'start' in e.place ? e.place.start : (e.place as Point | undefined);
    at({ position: { start: place ?? { line: e.line ?? 1, column: e.column ?? 1 } } }, `MDX cannot be read: ${e.message.split('\n')[0]}`,
      'correct the syntax; in .mdx files write `{`, `}` and `<` as `\\{`, `\\}` and `&lt;`, or rename the file to .md if it needs no component');
    return problems;
  }

  const definitions = new Set<string>();
  const called = new Map<string, AnyNode>();
  let previousDepth = 1;
  visit(tree as never, (node: AnyNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, '`import` and `export` are not allowed in content', `remove the line; the components we provide (${allowed}) are available without import`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, 'JavaScript expressions `{…}` are not allowed in content', 'write the text itself; to show a brace, escape it as `\\{`');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const policy = mdxComponentPolicy[name as keyof typeof mdxComponentPolicy];
        if (!policy) {
          at(node, `<${name || '>'}> is not a component we provide`, `use Markdown instead of HTML, or one of the provided components: ${allowed}`);
          break;
        }
        const attrs = node.attributes ?? [];
        for (const attr of attrs) {
          if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string' && attr.value !== undefined) {
            at(node, `<${name}> attributes must be plain text, not expressions`, 'write the attribute as name="value"');
            continue;
          }
          const values = (policy.attributes as Record<string, readonly string[]>)[attr.name ?? ''];
          if (!values) at(node, `<${name}> has no attribute "${attr.name}"`, `allowed attributes: ${Object.keys(policy.attributes).join(', ')}`);
          else if (!values.includes(String(attr.value))) at(node, `<${name} ${attr.name}="${String(attr.value)}"> is not allowed`, `use ${attr.name}= one of: ${values.join(', ')}`);
        }
        for (const req of policy.required) {
          if (!attrs.some((a) => a.name === req)) at(node, `<${name}> needs the attribute "${req}"`, `add ${req}="…" (one of: ${(policy.attributes as Record<string, readonly string[]>)[req]!.join(', ')})`);
        }
        break;
      }
      case 'html':
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value ?? '')) {
          at(node, 'raw HTML is not allowed in content', 'write Markdown instead (headings, lists, links, tables); an HTML comment <!-- … --> is fine');
        }
        break;
      case 'link':
      case 'definition':
      case 'image':
        if (node.url && UNSAFE_URL.test(node.url)) at(node, `link to "${node.url.slice(0, 30)}" is not allowed`, 'link only to http(s) addresses or to pages of this site');
        break;
      case 'heading':
        if (node.depth === 1) at(node, 'level-1 heading (`#`) in the body', 'the page already shows the title as its heading: start body headings at `##`');
        else if (node.depth && node.depth > previousDepth + 1) at(node, `heading level ${node.depth} follows level ${previousDepth}`, `do not skip levels: use ${'#'.repeat(previousDepth + 1)} here`);
        if (node.depth) previousDepth = node.depth;
        break;
      case 'footnoteDefinition':
        if (node.identifier) definitions.add(node.identifier);
        break;
      case 'footnoteReference':
        if (node.identifier && !called.has(node.identifier)) called.set(node.identifier, node);
        break;
      case 'text':
        // GFM leaves a footnote call without a definition as plain text: find it there.
        for (const m of (node.value ?? '').matchAll(FOOTNOTE_CALL)) {
          at(node, `footnote [^${m[1]}] has no definition`, `add a line \`[^${m[1]}]: …\` at the end of the body, or remove the call`);
        }
        break;
    }
  });
  visit(tree as never, 'footnoteDefinition', (node: AnyNode) => {
    if (node.identifier && !called.has(node.identifier)) at(node, `footnote [^${node.identifier}] is defined but never used`, `cite it in the text with [^${node.identifier}] or remove the definition`);
  });
  return problems;
}
