/**
 * The second net behind the content linter: what in a built page's record body (the element marked
 * `data-record-body`) could run script, restyle the page, load from elsewhere or send readers away.
 * Parsed with parse5, as a browser parses the page.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const FORBIDDEN_ELEMENTS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'base',
  'link',
  'form',
  'noscript',
  'template',
];
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'srcset',
  'background',
  'cite',
  'ping',
]);
const SCRIPT_URL = /^(?:javascript|vbscript|data):/i;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function* elements(node: Node): Generator<Element> {
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = (node as { content?: Node }).content;
  for (const child of [...children, ...(content ? [content] : [])]) {
    if (isElement(child)) yield child;
    yield* elements(child);
  }
}

/** Each unsafe thing found inside record bodies, as "<tag> …" lines; `bodies` counts the record bodies seen. */
export function unsafeMarkup(html: string): { bodies: number; findings: string[] } {
  const findings: string[] = [];
  let bodies = 0;
  for (const el of elements(parse(html))) {
    if (!el.attrs.some((a) => a.name === 'data-record-body')) continue;
    bodies++;
    for (const inner of elements(el)) {
      if (FORBIDDEN_ELEMENTS.includes(inner.tagName)) findings.push(`<${inner.tagName}> element`);
      for (const attr of inner.attrs) {
        const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
        if (/^on/i.test(attr.name)) findings.push(`<${inner.tagName} ${name}> event handler`);
        // eslint-disable-next-line no-control-regex -- browsers drop leading control characters and spaces before a URL's scheme, so the check must too
        const url = attr.value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
        if (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(url))
          findings.push(`<${inner.tagName} ${name}="${url.slice(0, 20)}"> script or data URL`);
      }
    }
  }
  return { bodies, findings };
}
