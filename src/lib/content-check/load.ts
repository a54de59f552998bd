/** Reads the record files of every collection with source positions, so problems can point at a line. */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { bodyLimits, textProblems, yamlAliasProblems } from './limits.ts';
import type { Problem } from './problems.ts';
import { yaml11KeyProblems } from './yaml11-keys.ts';

/**
 * Read YAML as Astro's loaders do (js-yaml's default schema): YAML 1.2 core plus timestamps, so an unquoted
 * `2005-05-03` is a date here too and the linter never passes what the build then refuses.
 */
export const YAML_OPTIONS: { uniqueKeys: true; customTags: ['timestamp'] } = {
  uniqueKeys: true,
  customTags: ['timestamp'],
};

export interface LoadedRecord {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: unknown;
  /** Finds the line and column of a field path inside this record. */
  locate(path: readonly PropertyKey[], key?: string): { line: number; column: number };
  /** Markdown body, for entries; `skip` when it broke a limit and must not be parsed. */
  body?: { text: string; format: 'md' | 'mdx'; firstLine: number; skip?: boolean };
}

export interface Loaded {
  records: LoadedRecord[];
  problems: Problem[];
  /**
   * Unquoted YAML 1.1 boolean keys (yaml11-keys.ts), found while each text was parsed: not something Astro's content
   * sync refuses, so reported after the answer the build waits for (see checkContent).
   */
  yaml11: Problem[];
}

interface ParsedYaml {
  doc: Document;
  counter: LineCounter;
}

/** A YAML text parsed as Astro reads it, with the line counter that turns its offsets into lines and columns. */
function parseYaml(text: string): ParsedYaml {
  const counter = new LineCounter();
  return { doc: parseDocument(text, { ...YAML_OPTIONS, lineCounter: counter }), counter };
}

/**
 * A YAML text's document, parsed again on the first call: a record keeps its text, not its parsed document, so
 * that 10,000 documents are not held for a whole run (about 0.3 GB) when only a record with a problem needs one.
 */
function reparsed(text: string): () => ParsedYaml {
  let parsed: ParsedYaml | undefined;
  return () => (parsed ??= parseYaml(text));
}

function locator(source: () => ParsedYaml, lineOffset: number, prefix: readonly PropertyKey[]) {
  return (path: readonly PropertyKey[], key?: string) => {
    const { doc, counter } = source();
    const full = [...prefix, ...path];
    // Walk down as far as the path exists; report the deepest node found.
    let offset = 0;
    for (let depth = full.length; depth >= 0; depth--) {
      const node = doc.getIn(full.slice(0, depth) as unknown[], true) as
        { range?: [number, number, number]; items?: unknown[] } | undefined;
      if (!node?.range) continue;
      offset = node.range[0];
      if (key !== undefined && depth === full.length && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        const keyNode = pair && isPair(pair) && isScalar(pair.key) ? pair.key : undefined;
        if (keyNode?.range) offset = keyNode.range[0];
      }
      break;
    }
    const pos = counter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
}

function yamlProblems(doc: Document, file: string, lineOffset: number): Problem[] {
  return doc.errors.map((e) => ({
    file,
    line: (e.linePos?.[0].line ?? 1) + lineOffset,
    column: e.linePos?.[0].col ?? 1,
    message: `YAML cannot be read: ${e.message.split('\n')[0]}`,
    fix:
      e.code === 'DUPLICATE_KEY'
        ? 'each id or field may appear only once: remove or rename the duplicate'
        : 'correct the YAML syntax (quote text that contains ": " or starts with a special character)',
  }));
}

/** Splits `---\nfront matter\n---\nbody`. */
function splitFrontMatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return undefined;
  const yaml = m[1] ?? '';
  return { yaml, body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

export function loadContent(root: string, projectRoot: string): Loaded {
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  const yaml11: Problem[] = [];
  const rel = (p: string) => relative(projectRoot, p) || p;

  for (const [name, def] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    const storage = def.storage;
    if (storage.kind === 'data') {
      const path = join(root, storage.file);
      const file = rel(path);
      if (!existsSync(path)) {
        problems.push({
          file,
          line: 1,
          column: 1,
          message: `the ${name} data file is missing`,
          fix: `create ${storage.file} (a YAML map from id to record)`,
        });
        continue;
      }
      const text = readFileSync(path, 'utf8');
      problems.push(...textProblems(file, text));
      const yamlText = text.replace(/^\uFEFF/, '');
      const { doc, counter } = parseYaml(yamlText);
      if (doc.errors.length) {
        problems.push(...yamlProblems(doc, file, 0));
        continue;
      }
      yaml11.push(...yaml11KeyProblems(file, doc, counter, 0));
      const aliases = yamlAliasProblems(doc, file, 0, (o) => counter.linePos(o));
      if (aliases.length) {
        problems.push(...aliases);
        continue;
      }
      const data = doc.toJS() as unknown;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({
          file,
          line: 1,
          column: 1,
          message: 'expected a YAML map from id to record',
          fix: 'write each record as `id:` followed by its indented fields',
        });
        continue;
      }
      const source = reparsed(yamlText);
      for (const [id, value] of Object.entries(data)) {
        records.push({ collection: name, id, file, data: value, locate: locator(source, 0, [id]) });
      }
      continue;
    }
    const dir = join(root, storage.dir);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
    for (const entry of files.sort()) {
      if (basename(entry).startsWith('_')) continue;
      const path = join(dir, entry);
      const file = rel(path);
      const raw = readFileSync(path, 'utf8');
      problems.push(...textProblems(file, raw));
      // Go on without the byte-order mark, so the editor also sees every other problem of the file.
      const source = raw.replace(/^\uFEFF/, '');
      const format = extname(entry) === '.mdx' ? 'mdx' : 'md';
      const id = entry.slice(0, -extname(entry).length).split('\\').join('/');
      const split = splitFrontMatter(source);
      if (!split) {
        problems.push({
          file,
          line: 1,
          column: 1,
          message: 'the file has no front matter',
          fix: 'start the file with a `---` line, the YAML fields, and a closing `---` line (see docs/content-guide.md)',
        });
        continue;
      }
      const { doc, counter } = parseYaml(split.yaml);
      if (doc.errors.length) {
        problems.push(...yamlProblems(doc, file, 1));
        continue;
      }
      yaml11.push(...yaml11KeyProblems(file, doc, counter, 1));
      const aliases = yamlAliasProblems(doc, file, 1, (o) => counter.linePos(o));
      if (aliases.length) {
        problems.push(...aliases);
        continue;
      }
      const limits = bodyLimits(file, split.body, split.bodyLine);
      problems.push(...limits.problems);
      records.push({
        collection: name,
        id,
        file,
        data: doc.toJS() ?? {},
        locate: locator(reparsed(split.yaml), 1, []),
        body: { text: split.body, format, firstLine: split.bodyLine, skip: limits.skip },
      });
    }
  }
  return { records, problems, yaml11 };
}
