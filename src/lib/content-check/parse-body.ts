/**
 * One Markdown parse per record body for every rule of the linter (policy, reader words, internal links): parsing
 * is the linter's dearest step, and three parses of 5,000 bodies cost about 20 s. Call `clearParsedBodies` once a
 * file's rules have run, so trees are not held for the whole run.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const md = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const cache = new Map<string, unknown>();

/** The syntax tree of a body (throws on MDX syntax errors, which lint-markdown reports). */
export function parseBody(text: string, format: 'md' | 'mdx'): unknown {
  const key = `${format}\0${text}`;
  if (!cache.has(key)) cache.set(key, (format === 'mdx' ? mdx : md).parse(text));
  return cache.get(key);
}

export function clearParsedBodies(): void {
  cache.clear();
}
