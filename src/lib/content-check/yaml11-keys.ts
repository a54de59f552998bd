/**
 * Keys that YAML 1.1 readers take for booleans. Our reader (YAML 1.2) keeps an unquoted `no:` as the text "no",
 * but many other tools that read our data files (PyYAML, older js-yaml, spreadsheets' importers) turn it into
 * `false`, and Norway (`no`) disappears. So such keys must be quoted: `"no":`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node } from 'yaml';
import { collections } from '../../schemas/index.ts';
import type { Problem } from './problems.ts';

/** The plain words YAML 1.1 reads as booleans (true/false are booleans in YAML 1.2 as well). */
export const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

function frontMatter(source: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source)?.[1];
}

/** Unquoted YAML 1.1 booleans used as keys anywhere in one YAML text; `lineOffset` is 1 for front matter. */
export function yaml11KeyProblems(yaml: string, file: string, lineOffset = 0): Problem[] {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  if (doc.errors.length) return []; // the loader reports unreadable YAML
  const problems: Problem[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value) : '';
        if (
          isScalar(key) &&
          key.type === Scalar.PLAIN &&
          typeof key.source === 'string' &&
          YAML11_BOOLEAN.test(key.source)
        ) {
          const pos = counter.linePos(key.range?.[0] ?? 0);
          problems.push({
            file,
            line: pos.line + lineOffset,
            column: pos.col,
            field: [...path, key.source].join('.'),
            message: `the key ${key.source} is read as a boolean by YAML 1.1 readers (e.g. "no" for Norway becomes false)`,
            fix: `quote it: '${key.source}':`,
          });
        }
        visit(pair.value, [...path, name]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, String(i)]));
    }
  };
  visit(doc.contents, []);
  return problems;
}

/** Every YAML data file under data/ and the front matter of every record of the entry collections. */
export function checkYaml11Keys(root: string, projectRoot: string): Problem[] {
  const rel = (p: string) => relative(projectRoot, p) || p;
  const problems: Problem[] = [];
  const dataDir = join(root, 'data');
  if (existsSync(dataDir)) {
    for (const name of readdirSync(dataDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()) {
      const path = join(dataDir, name);
      problems.push(...yaml11KeyProblems(readFileSync(path, 'utf8'), rel(path)));
    }
  }
  for (const def of Object.values(collections)) {
    if (def.storage.kind !== 'entries') continue;
    const dir = join(root, def.storage.dir);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .sort()) {
      const path = join(dir, entry);
      const yaml = frontMatter(readFileSync(path, 'utf8'));
      if (yaml !== undefined) problems.push(...yaml11KeyProblems(yaml, rel(path), 1));
    }
  }
  return problems;
}
