/** The Zod-issue-to-editor-message step: turns one schema issue of a record into a Problem an editor can act on. */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/index.ts';
import type { LoadedRecord } from './load.ts';
import { closest, type Problem } from './problems.ts';

/** The strict object shape at a path of a schema, to list a field's allowed keys. */
export function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  // A node's definition, as the union of Zod's own definitions (narrowed by its `type`); undefined past the shape's end.
  const defOf = (n: z.core.$ZodType | undefined) => (n as z.core.$ZodTypes | undefined)?._zod.def;
  let node: z.core.$ZodType | undefined = schema;
  const unwrap = () => {
    for (;;) {
      const def = defOf(node);
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
        node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    const def = defOf(node);
    if (def?.type === 'object') node = def.shape[key as string];
    else if (def?.type === 'array') node = def.element;
    else return undefined;
  }
  unwrap();
  const def = defOf(node);
  return def?.type === 'object' ? Object.keys(def.shape) : undefined;
}

/** Zod's own English ("Too small: …", "Invalid input: …"). A schema's own message is kept as written; these are rephrased. */
const ZOD_WORDING = /^(Too small|Too big|Invalid|Unrecognized)/;

/** What a field takes, in an editor's words. */
function kindOf(expected: string | undefined): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    array: 'a list',
    object: 'a group of fields (one per line, indented)',
    boolean: 'true or false',
    date: 'a date',
  };
  return words[expected ?? ''] ?? (expected ? `a ${expected}` : 'a value');
}

function describeInput(input: unknown): string {
  if (input === null) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'string') return `the text ${JSON.stringify(input)}`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return `${input}, which YAML reads as a yes-or-no value, not as text`;
  return typeof input === 'object' ? 'a group of fields' : String(input);
}

/**
 * Fields a collection no longer has, and where what they held lives now: an editor who still writes one is told where
 * to go rather than offered a near spelling.
 */
const MOVED_FIELDS: Partial<Record<CollectionName, Record<string, string>>> = {
  convention: {
    gretaRounds:
      "remove it: the GRETA rounds that examined an article are listed once, under each round's `articles` in content/data/greta-rounds.yaml (with its sources), and the article page shows them from there; to change them, edit greta-evaluation-rounds.csv in the shared reference data and run `npm run import:reference`",
  },
};

const takes = (values: readonly unknown[]) => `this field takes one of: ${values.map(String).join(', ')}`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node == null ? undefined : (node as Record<PropertyKey, unknown>)[key]),
    data,
  );
}

/**
 * The issues worth an editor's reading: a size complaint about a value of the wrong type (a list written as text, whose
 * length Zod then measures) repeats the type problem at the same place, so it is dropped.
 */
export function editorIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const typed = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => i.path.map(String).join('.')));
  return issues.filter(
    (i) => !((i.code === 'too_small' || i.code === 'too_big') && typed.has(i.path.map(String).join('.'))),
  );
}

export function issueToProblem(issue: z.core.$ZodIssue, record: LoadedRecord, schema: z.ZodType): Problem {
  const at = (path: readonly PropertyKey[], key?: string) => ({ file: record.file, ...record.locate(path, key) });
  const field = (path: readonly PropertyKey[]) => path.map(String).join('.') || undefined;
  const guide = `see docs/content-guide.md, section "${record.collection}"`;
  const name = String(issue.path.at(-1) ?? 'field');
  const value = valueAt(record.data, issue.path);
  const own = !ZOD_WORDING.test(issue.message);
  const here = { ...at(issue.path), field: field(issue.path) };
  const missing = (fix: string) => ({
    ...at(issue.path.slice(0, -1)),
    field: field(issue.path),
    message: `required field "${name}" is missing`,
    fix,
  });
  const empty = (fix: string) => ({ ...here, message: 'this field is empty', fix });
  switch (issue.code) {
    case 'invalid_type': {
      const kind = kindOf(issue.expected);
      if (value === undefined) return missing(`add \`${name}:\` with ${kind}; ${guide}`);
      if (value === null)
        return empty(
          own ? `fill it in: ${issue.message.replace(/^expected /, 'write ')}` : `fill it in with ${kind}; ${guide}`,
        );
      if (issue.expected === 'int' && typeof value === 'number')
        return { ...here, message: `${value} is not a whole number`, fix: 'write a whole number, e.g. 2024' };
      if (issue.expected === 'array' && (typeof value === 'string' || typeof value === 'number')) {
        return {
          ...here,
          message: `expected a list, found ${describeInput(value)}`,
          fix: `write it as a list, even of one: [${value}], or one entry per line starting with "- "`,
        };
      }
      if (
        issue.expected === 'string' &&
        (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
      ) {
        const written = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
        return {
          ...here,
          message: `expected text, found ${describeInput(value)}`,
          fix: `put the value in double quotes: "${written}"`,
        };
      }
      if (issue.expected === 'number' && typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) {
        return {
          ...here,
          message: `expected a number, found ${describeInput(value)}`,
          fix: `remove the quotes: ${value.trim()}`,
        };
      }
      return {
        ...here,
        message: own
          ? `${issue.message}, found ${describeInput(value)}`
          : `expected ${kind}, found ${describeInput(value)}`,
        fix: `write ${kind} here; ${guide}`,
      };
    }
    case 'unrecognized_keys': {
      const allowed = shapeAt(schema, issue.path) ?? [];
      const key = issue.keys[0] ?? '';
      const moved = issue.path.length === 0 ? MOVED_FIELDS[record.collection]?.[key] : undefined;
      if (moved && issue.keys.length === 1)
        return { ...at(issue.path, key), field: key, message: `"${key}" is no longer a field here`, fix: moved };
      const near = closest(key, allowed);
      return {
        ...at(issue.path, key),
        field: field([...issue.path, key]),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: `${near ? `did you mean "${near}"? ` : ''}remove it or correct its spelling; allowed fields here: ${allowed.join(', ')}`,
      };
    }
    case 'invalid_value': {
      if (value === undefined) return missing(`add \`${name}:\`; ${takes(issue.values)}`);
      if (value === null) return empty(takes(issue.values));
      const near = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      return {
        ...here,
        message: `${JSON.stringify(value)} is not an allowed value`,
        fix: `${near ? `did you mean "${near}"? ` : ''}${takes(issue.values)}`,
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(
        small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum,
      );
      const origin = (issue as { origin?: string }).origin;
      if (origin === 'string' && typeof value === 'string') {
        if (small && value.trim() === '')
          return empty(`write the text, or leave the field out where it is optional; ${guide}`);
        const length = [...value].length;
        const message = `too ${small ? 'short' : 'long'}: ${plural(length, 'character', 'characters')}, ${small ? 'at least' : 'at most'} ${limit}`;
        return {
          ...here,
          message: own ? `${issue.message} (${plural(length, 'character', 'characters')})` : message,
          fix: small ? `say more, in our own words; ${guide}` : `shorten it to ${limit} characters or fewer; ${guide}`,
        };
      }
      if (origin === 'array' && Array.isArray(value)) {
        const count = plural(value.length, 'entry', 'entries');
        return {
          ...here,
          message: own
            ? `${issue.message} (${count} given)`
            : `${count}: ${small ? 'at least' : 'at most'} ${limit} needed here`,
          fix: small ? `add entries; ${guide}` : `keep the ${limit} most relevant; ${guide}`,
        };
      }
      if (typeof value === 'number') {
        return {
          ...here,
          message: own
            ? issue.message
            : `${value} is too ${small ? 'small' : 'large'}: the ${small ? 'lowest' : 'highest'} allowed is ${limit}`,
          fix: `write a number ${small ? 'from' : 'up to'} ${limit}; ${guide}`,
        };
      }
      return {
        ...here,
        message: own ? issue.message : `${describeInput(value)} is too ${small ? 'small' : 'large'}`,
        fix: guide,
      };
    }
    case 'invalid_format': {
      const url = 'write the whole address, starting with https:// (or http://)';
      if (issue.format === 'url')
        return {
          ...here,
          message: `${own ? issue.message : 'expected an absolute http(s) URL'}, found ${describeInput(value)}`,
          fix: url,
        };
      if (own) return { ...here, message: `${issue.message}, found ${describeInput(value)}`, fix: guide };
      return { ...here, message: `${describeInput(value)} is not written in the expected form`, fix: guide };
    }
    case 'invalid_union': {
      // A closed list of numbers or literals (GRETA rounds): name the values every branch would take.
      const values = issue.errors.flat().flatMap((i) => (i.code === 'invalid_value' ? i.values : []));
      if (value === undefined) return missing(values.length ? `add \`${name}:\`; ${takes(values)}` : guide);
      return {
        ...here,
        message: `${describeInput(value)} is not an allowed value`,
        fix: values.length ? takes(values) : guide,
      };
    }
    case 'custom': {
      const fix = (issue.params as { fix?: string } | undefined)?.fix;
      return { ...here, message: issue.message, fix: fix ?? guide };
    }
    default:
      return { ...here, message: own ? issue.message : `${describeInput(value)} is not accepted here`, fix: guide };
  }
}
