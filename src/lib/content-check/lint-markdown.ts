/**
 * The Markdown and MDX policy, checked on a syntax tree with positions (unified + remark-gfm, + remark-mdx for .mdx):
 * no import/export, no JavaScript expressions, only the components we provide, no raw HTML or script URLs,
 * headings that start at level 2 without skipping, and footnotes that are both defined and used.
 */
import { parseBody } from './parse-body.ts';
import { visit } from 'unist-util-visit';
import { mdxComponentPolicy } from '../../schemas/mdx-policy.ts';
import type { Problem } from './problems.ts';
import { rawHtmlFindings } from './raw-html.ts';

const SCRIPT_SCHEME = /^(?:javascript|vbscript|data):/i;
/** As a browser reads a URL: it drops leading control characters and spaces and every tab or line break. */
const UNSAFE_URL = {
  // eslint-disable-next-line no-control-regex -- browsers drop leading control characters and spaces before a URL's scheme, so the check must too
  test: (url: string) => SCRIPT_SCHEME.test(url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')),
};
/** Anything that names another host: a scheme, or a protocol-relative `//host/…`. */
const REMOTE_URL = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;
const FOOTNOTE_CALL = /\[\^([^\]\s]+)\]/g;

interface Point {
  line: number;
  column: number;
}
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

  let tree: AnyNode;
  try {
    tree = parseBody(text, format) as AnyNode;
  } catch (error) {
    const e = error as { message: string; place?: Point | { start: Point }; line?: number; column?: number };
    const place = e.place && 'start' in e.place ? e.place.start : (e.place as Point | undefined);
    at(
      { position: { start: place ?? { line: e.line ?? 1, column: e.column ?? 1 } } },
      `MDX cannot be read: ${e.message.split('\n')[0]}`,
      'correct the syntax; in .mdx files write `{`, `}` and `<` as `\\{`, `\\}` and `&lt;`, or rename the file to .md if it needs no component',
    );
    return problems;
  }

  const definitions = new Set<string>();
  const imageRefs: AnyNode[] = [];
  const linkDefinitions = new Map<string, string>();
  const called = new Map<string, AnyNode>();
  let previousDepth = 1;
  visit(tree as never, (node: AnyNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(
          node,
          '`import` and `export` are not allowed in content',
          `remove the line; the components we provide (${allowed}) are available without import`,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(
          node,
          'JavaScript expressions `{…}` are not allowed in content',
          'write the text itself; to show a brace, escape it as `\\{`',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const policy = mdxComponentPolicy[name as keyof typeof mdxComponentPolicy];
        if (!policy) {
          at(
            node,
            `<${name || '>'}> is not a component we provide`,
            `use Markdown instead of HTML, or one of the provided components: ${allowed}`,
          );
          break;
        }
        const attrs = node.attributes ?? [];
        for (const attr of attrs) {
          if (attr.type !== 'mdxJsxAttribute' || (typeof attr.value !== 'string' && attr.value !== undefined)) {
            at(node, `<${name}> attributes must be plain text, not expressions`, 'write the attribute as name="value"');
            continue;
          }
          const values = (policy.attributes as Record<string, readonly string[]>)[attr.name ?? ''];
          if (!values)
            at(
              node,
              `<${name}> has no attribute "${attr.name}"`,
              `allowed attributes: ${Object.keys(policy.attributes).join(', ')}`,
            );
          else if (!values.includes(String(attr.value)))
            at(
              node,
              `<${name} ${attr.name}="${String(attr.value)}"> is not allowed`,
              `use ${attr.name}= one of: ${values.join(', ')}`,
            );
        }
        for (const req of policy.required) {
          if (!attrs.some((a) => a.name === req))
            at(
              node,
              `<${name}> needs the attribute "${req}"`,
              `add ${req}="…" (one of: ${(policy.attributes as Record<string, readonly string[]>)[req]!.join(', ')})`,
            );
        }
        break;
      }
      case 'html': {
        const start = node.position?.start ?? { line: 1, column: 1 };
        for (const f of rawHtmlFindings(node.value ?? '')) {
          const where = {
            line: start.line + f.line - 1,
            column: f.line === 1 ? start.column + f.column - 1 : f.column,
          };
          at(
            { position: { start: where } },
            `raw HTML is not allowed in content: ${f.message}`,
            'write Markdown instead (headings, lists, links, tables); only a complete HTML comment <!-- … --> on its own is allowed',
          );
        }
        break;
      }
      case 'link':
      case 'definition':
        if (node.url && UNSAFE_URL.test(node.url))
          at(
            node,
            `link to "${node.url.slice(0, 30)}" is not allowed`,
            'link only to http(s) addresses or to pages of this site',
          );
        break;
      case 'image':
        if (node.url && UNSAFE_URL.test(node.url))
          at(node, `image from "${node.url.slice(0, 30)}" is not allowed`, 'images must be files of this site');
        else if (node.url && REMOTE_URL.test(node.url)) {
          at(
            node,
            `image from another site ("${node.url.slice(0, 40)}"): pages load nothing from other sites`,
            'download the image into public/ (if its licence allows) and write its path, or make it a link: [description](URL)',
          );
        }
        break;
      case 'imageReference':
        imageRefs.push(node);
        break;
      case 'heading':
        if (node.depth === 1)
          at(
            node,
            'level-1 heading (`#`) in the body',
            'the page already shows the title as its heading: start body headings at `##`',
          );
        else if (node.depth && node.depth > previousDepth + 1)
          at(
            node,
            `heading level ${node.depth} follows level ${previousDepth}`,
            `do not skip levels: use ${'#'.repeat(previousDepth + 1)} here`,
          );
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
          at(
            node,
            `footnote [^${m[1]}] has no definition`,
            `add a line \`[^${m[1]}]: …\` at the end of the body, or remove the call`,
          );
        }
        break;
    }
  });
  // `![alt][ref]` takes its address from a definition `[ref]: URL`.
  visit(tree as never, 'definition', (node: AnyNode) => {
    if (node.identifier && node.url) linkDefinitions.set(node.identifier, node.url);
  });
  for (const ref of imageRefs) {
    const url = linkDefinitions.get(ref.identifier ?? '');
    if (url && (UNSAFE_URL.test(url) || REMOTE_URL.test(url))) {
      at(
        ref,
        `image from another site ("${url.slice(0, 40)}"): pages load nothing from other sites`,
        'download the image into public/ (if its licence allows) and write its path, or make it a link: [description](URL)',
      );
    }
  }
  visit(tree as never, 'footnoteDefinition', (node: AnyNode) => {
    if (node.identifier && !called.has(node.identifier))
      at(
        node,
        `footnote [^${node.identifier}] is defined but never used`,
        `cite it in the text with [^${node.identifier}] or remove the definition`,
      );
  });
  return problems;
}
