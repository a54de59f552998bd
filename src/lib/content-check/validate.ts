/** Validates every record against its schema and the rules that span records (ids, references, uniqueness). */
import { z } from 'astro/zod';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { ID_PATTERN, symbolToId } from '../../schemas/fields.ts';
import { MONITORED_THEMES } from '../../schemas/naps.ts';
import { obligationParagraph, paragraphExists } from '../../schemas/commitments.ts';
import { PRACTICE_HEADINGS } from '../../schemas/practice-vocab.ts';
import type { LoadedRecord } from './load.ts';
import { closest, type Problem } from './problems.ts';

type Ids = Record<CollectionName, Set<string>>;

const REF_HINTS: Record<CollectionName, string> = {
  countries: 'use an ISO 3166-1 alpha-2 code in lower case that is a key of content/data/countries.yaml, e.g. "fr"',
  themes: 'use a theme id from content/data/themes.yaml',
  organisations: 'use an organisation id from content/data/organisations.yaml',
  chapters: 'use a chapter id from content/data/chapters.yaml (its roman numeral in lower case, e.g. "iii")',
  sources: 'use a source id from content/data/sources.yaml, e.g. "s02"',
  facts: 'use a key of content/data/convention-facts.yaml',
  rounds: 'use a round id of content/data/greta-rounds.yaml, e.g. "round-3"',
  convention: 'use an article id from content/convention/: "article-" and two digits, e.g. "article-04"',
  commitments: 'use the id of a file in content/commitments/ (the symbol in kebab-case, e.g. "pc-dec-557")',
  naps: 'use the id of a file in content/naps/',
  practices: 'use the id of a file in content/practices/',
  press: 'use the id of a file in content/press/',
  people: 'use the id of a file in content/people/ (first and last name in kebab-case, e.g. "valiant-richey")',
};

const SINGULAR: Record<CollectionName, string> = {
  countries: 'country', themes: 'theme', organisations: 'organisation', chapters: 'chapter', sources: 'source', facts: 'Convention fact', rounds: 'GRETA round',
  convention: 'Convention article', commitments: 'OSCE commitment', naps: 'NAP', practices: 'good practice', press: 'press release', people: 'person',
};

/** The reference builder of the linter: an id that must exist in the loaded collection. */
function refChecker(ids: Ids) {
  return (collection: CollectionName) =>
    z.string({ error: `expected the id of a ${collection} record, as text` }).superRefine((id, ctx) => {
      if (ids[collection].has(id)) return;
      const near = closest(id, ids[collection]);
      ctx.addIssue({
        code: 'custom',
        message: `unknown ${SINGULAR[collection]} "${id}"${near ? ` (did you mean "${near}"?)` : ''}`,
        params: { fix: REF_HINTS[collection] },
      });
    });
}

/** The strict object shape at a path of a schema, to list a field's allowed keys. */
function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
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

function issueToProblem(issue: z.core.$ZodIssue, record: LoadedRecord, schema: z.ZodType): Problem {
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

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<any>((node, key) => (node == null ? undefined : node[key as string]), data);
}

function idOf(record: LoadedRecord): string | undefined {
  const d = record.data as Record<string, any>;
  switch (record.collection) {
    case 'convention':
      return typeof d.number === 'number' ? `article-${String(d.number).padStart(2, '0')}` : undefined;
    case 'commitments':
      return typeof d.symbol === 'string' ? symbolToId(d.symbol) : undefined;
    case 'naps':
      return typeof d.country === 'string' && Number.isInteger(d.period?.from) && Number.isInteger(d.period?.to) ? `${d.country}-${d.period.from}-${d.period.to}` : undefined;
    default:
      return undefined;
  }
}

export function validateRecords(records: LoadedRecord[]): Problem[] {
  const problems: Problem[] = [];
  const ids = Object.fromEntries(Object.keys(collections).map((c) => [c, new Set<string>()])) as Ids;
  const seen = new Map<string, LoadedRecord>();
  for (const r of records) {
    const key = `${r.collection}/${r.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ file: r.file, line: 1, column: 1, message: `duplicate id "${r.id}": ${first.file} has the same id`, fix: 'ids are file names and must be unique in a collection: rename or remove one of the two files' });
    }
    seen.set(key, r);
    ids[r.collection].add(r.id);
  }

  const ref = refChecker(ids);
  const valid = new Map<LoadedRecord, any>();
  for (const r of records) {
    const where = { file: r.file, line: 1, column: 1 };
    if (!ID_PATTERN.test(r.id)) {
      problems.push({ ...where, ...(r.body ? {} : r.locate([])), message: `id "${r.id}" breaks the naming rule`, fix: 'ids are lowercase kebab-case (a-z, 0-9 and single hyphens), with no folders: rename the file or key' });
    }
    const expected = idOf(r);
    if (expected && expected !== r.id) {
      problems.push({ ...where, message: `id "${r.id}" does not match its record`, fix: `name the file ${expected}.${r.body?.format ?? 'md'} (${r.collection === 'convention' ? 'article- and the two-digit number' : r.collection === 'naps' ? 'country, first year, last year' : 'the symbol in kebab-case'})` });
    }
    const schema = (collections[r.collection].schema as (b: typeof ref) => z.ZodType)(ref);
    const result = schema.safeParse(r.data);
    if (result.success) valid.set(r, result.data);
    else for (const issue of result.error.issues) problems.push(issueToProblem(issue, r, schema));
  }

  // Rules across records, on records that passed their schema.
  const bySymbol = new Map<string, LoadedRecord>();
  const byNumber = new Map<number, LoadedRecord>();
  const provisionRefs = new Map<string, Set<string>>();
  const chapters = new Map(records.filter((r) => r.collection === 'chapters' && valid.has(r)).map((r) => [r.id, valid.get(r)]));
  for (const [r, d] of valid) {
    if (r.collection === 'commitments') {
      if (d.symbol) {
        const other = bySymbol.get(d.symbol);
        if (other) problems.push({ file: r.file, ...r.locate(['symbol']), field: 'symbol', message: `duplicate symbol "${d.symbol}": ${other.file} has the same symbol`, fix: 'each OSCE document has one record: merge the two files or correct the symbol' });
        bySymbol.set(d.symbol, r);
      }
      const refs = new Set<string>();
      d.provisions.forEach((p: { ref: string }, i: number) => {
        if (refs.has(p.ref)) problems.push({ file: r.file, ...r.locate(['provisions', i, 'ref']), field: `provisions.${i}.ref`, message: `duplicate provision reference "${p.ref}"`, fix: 'each provision appears once: merge the two entries or correct the reference' });
        refs.add(p.ref);
      });
      provisionRefs.set(r.id, refs);
    }
    if (r.collection === 'convention') {
      const other = byNumber.get(d.number);
      if (other) problems.push({ file: r.file, ...r.locate(['number']), field: 'number', message: `duplicate article number ${d.number}: ${other.file} has the same number`, fix: 'each article has one record: remove one of the two files' });
      byNumber.set(d.number, r);
      const chapter = chapters.get(d.chapter);
      if (chapter && (d.number < chapter.firstArticle || d.number > chapter.lastArticle)) {
        problems.push({ file: r.file, ...r.locate(['chapter']), field: 'chapter', message: `article ${d.number} is not in chapter ${chapter.numeral} (articles ${chapter.firstArticle}–${chapter.lastArticle})`, fix: 'set the chapter the article belongs to (content/data/chapters.yaml)' });
      }
    }
    if (r.collection === 'naps') {
      const listed = d.coverage.map((c: { theme: string }) => c.theme);
      const missing = MONITORED_THEMES.filter((t) => !listed.includes(t));
      const twice = listed.filter((t: string, i: number) => listed.indexOf(t) !== i);
      if (missing.length) problems.push({ file: r.file, ...r.locate(['coverage']), field: 'coverage', message: `coverage lacks ${missing.join(', ')}`, fix: 'give one entry for each theme monitoring follows, with status unknown where no source says' });
      for (const t of new Set(twice)) problems.push({ file: r.file, ...r.locate(['coverage']), field: 'coverage', message: `coverage lists ${t} twice`, fix: 'keep one entry per theme' });
    }
    if (r.collection === 'press' && !r.id.startsWith(`${d.date}-`)) {
      problems.push({ file: r.file, ...r.locate(['date']), field: 'date', message: `id "${r.id}" does not start with the release date ${d.date}`, fix: `name the file ${d.date}-<short-slug>.${r.body?.format ?? 'md'}` });
    }
  }
  for (const [r, d] of valid) {
    if (r.collection !== 'practices') continue;
    const missing = PRACTICE_HEADINGS.filter((h) => !new RegExp(`^## ${h}[ \\t]*$`, 'm').test(r.body?.text ?? ''));
    if (missing.length) {
      problems.push({ file: r.file, line: r.body?.firstLine ?? 1, column: 1, message: `the body lacks the heading${missing.length > 1 ? 's' : ''} ${missing.map((h) => `"## ${h}"`).join(', ')}`, fix: `give every practice the headings ${PRACTICE_HEADINGS.map((h) => `"## ${h}"`).join(', ')} (under "Who says it works", write "No independent assessment found." where none was found)` });
    }
    if (d.status === 'ongoing' && d.period?.to !== undefined) {
      problems.push({ file: r.file, ...r.locate(['period', 'to']), field: 'period.to', message: `status is "ongoing" but the period ends in ${d.period.to}`, fix: 'leave `to` out while the practice runs, or set `status: ended` if a source says it ended' });
    }
    d.provisions.forEach((p: { commitment: string; ref: string }, i: number) => {
      const refs = provisionRefs.get(p.commitment);
      if (refs && !refs.has(p.ref)) {
        problems.push({ file: r.file, ...r.locate(['provisions', i, 'ref']), field: `provisions.${i}.ref`, message: `${p.commitment} has no provision "${p.ref}"`, fix: `use a reference listed in content/commitments/${p.commitment}.md (${[...refs].join(', ') || 'it has no provisions yet'})` });
      }
    });
  }
  problems.push(...crosswalkParagraphProblems(valid));
  return problems;
}

/** A crosswalk link's paragraph must be one of the linked article's obligation paragraphs. */
function crosswalkParagraphProblems(valid: Map<LoadedRecord, any>): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map([...valid].filter(([r]) => r.collection === 'convention').map(([r, d]) => [r.id, d]));
  for (const [r, d] of valid) {
    if (r.collection !== 'commitments') continue;
    const links: [(string | number)[], { article: string; paragraph?: string }][] = [
      ...d.articles.map((l: { article: string }, j: number) => [['articles', j], l]),
      ...d.provisions.flatMap((p: { articles: { article: string }[] }, i: number) => p.articles.map((l, j) => [['provisions', i, 'articles', j], l])),
    ];
    for (const [path, l] of links) {
      const a = articles.get(l.article);
      if (!a || l.paragraph === undefined || paragraphExists(a.number, l.paragraph, a.obligations)) continue;
      const listed = a.obligations.map((o: { paragraph: string }) => o.paragraph).join(', ');
      problems.push({ file: r.file, ...r.locate([...path, 'paragraph']), field: [...path, 'paragraph'].join('.'), message: `Art. ${obligationParagraph(a.number, l.paragraph)} is not among the obligations of ${l.article}`, fix: listed ? `use a paragraph listed in content/convention/${l.article}.md, written after the article number (${listed}), or leave paragraph out` : `${l.article} lists no obligations yet: leave paragraph out` });
    }
  }
  return problems;
}
