/** The Zod-issue-to-editor-message step: turns one schema issue of a record into a Problem an editor can act on. */
import type { z } from 'astro/zod';
import type { LoadedRecord } from './load.ts';
import { closest, type Problem } from './problems.ts';

/** The strict object shape at a path of a schema, to list a field's allowed keys. */
export function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let node: any = schema;
  const unwrap = () => {
    for (;;) {
      const def = node?._zod?.def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    const def = node?._zod?.def;
    if (def?.type === 'object') node = def.shape[key as string];
    else if (def?.type === 'array') node = def.element;
    else return undefined;
  }
  unwrap();
  const def = node?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape) : undefined;
}

function describeInput(input: unknown): string {
  if (input === null) return 'nothing (null)';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  return typeof input === 'object' ? 'a group of fields' : `${typeof input} ${JSON.stringify(input)}`;
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<any>((node, key) => (node == null ? undefined : node[key as string]), data);
}

export function issueToProblem(issue: z.core.$ZodIssue, record: LoadedRecord, schema: z.ZodType): Problem {
  const at = (path: readonly PropertyKey[], key?: string) => ({ file: record.file, ...record.locate(path, key) });
  const field = (path: readonly PropertyKey[]) => path.map(String).join('.') || undefined;
  const guide = `see docs/content-guide.md, section "${record.collection}"`;
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(record.data, issue.path);
      if (value === undefined) {
        const name = String(issue.path.at(-1) ?? 'field');
        return { ...at(issue.path.slice(0, -1)), field: field(issue.path), message: `required field "${name}" is missing`, fix: `add \`${name}:\` (${issue.expected}); ${guide}` };
      }
      return { ...at(issue.path), field: field(issue.path), message: `expected ${issue.expected}, found ${describeInput(value)}`, fix: `write a ${issue.expected} here; ${guide}` };
    }
    case 'unrecognized_keys': {
      const allowed = shapeAt(schema, issue.path) ?? [];
      const key = issue.keys[0] ?? '';
      const near = closest(key, allowed);
      return {
        ...at(issue.path, key),
        field: field([...issue.path, key]),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: `${near ? `did you mean "${near}"? ` : ''}remove it or correct its spelling; allowed fields here: ${allowed.join(', ')}`,
      };
    }
    case 'invalid_value': {
      const value = valueAt(record.data, issue.path);
      if (value === undefined) {
        const name = String(issue.path.at(-1) ?? 'field');
        return { ...at(issue.path.slice(0, -1)), field: field(issue.path), message: `required field "${name}" is missing`, fix: `add \`${name}:\` with one of: ${issue.values.map(String).join(', ')}` };
      }
      return { ...at(issue.path), field: field(issue.path), message: `${JSON.stringify(value)} is not an allowed value`, fix: `use one of: ${issue.values.map(String).join(', ')}` };
    }
    case 'custom': {
      const fix = (issue.params as { fix?: string } | undefined)?.fix;
      return { ...at(issue.path), field: field(issue.path), message: issue.message, fix: fix ?? guide };
    }
    default:
      return { ...at(issue.path), field: field(issue.path), message: issue.message, fix: guide };
  }
}
