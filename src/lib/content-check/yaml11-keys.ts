/**
 * Keys that YAML 1.1 readers take for booleans. Our reader (YAML 1.2) keeps an unquoted `no:` as the text "no",
 * but many other tools that read our data files (PyYAML, older js-yaml, spreadsheets' importers) turn it into
 * `false`, and Norway (`no`) disappears. So such keys must be quoted: `"no":`.
 */
import { isMap, isPair, isScalar, isSeq, Scalar, type Document, type LineCounter, type Node } from 'yaml';
import type { Problem } from './problems.ts';

/** The plain words YAML 1.1 reads as booleans (true/false are booleans in YAML 1.2 as well). */
export const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * Unquoted YAML 1.1 booleans used as keys anywhere in one parsed YAML text: a data file, or a record's front matter
 * (`lineOffset` 1). The loader calls it on each text as it parses it, so no document is parsed twice or kept.
 */
export function yaml11KeyProblems(file: string, doc: Document, counter: LineCounter, lineOffset: number): Problem[] {
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
