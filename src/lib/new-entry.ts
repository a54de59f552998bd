/**
 * The record templates of `npm run new -- <collection> <id>`.
 *
 * A template takes what the id says (a NAP's country and period, a release's date, an article's number, a decision's
 * symbol), writes the other required fields empty, so that the content check names each one, and gives every optional
 * field as a commented hint. Allowed values in the hints are read from the schemas, never copied here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { collections } from '../schemas/index.ts';
import { ID_PATTERN } from '../schemas/fields.ts';
import { MONITORED_THEMES } from '../schemas/naps.ts';
import { PRACTICE_HEADINGS } from '../schemas/practice-vocab.ts';

/** The collections kept as one Markdown file per record: the ones `npm run new` writes. */
export const ENTRY_COLLECTIONS = (Object.keys(collections) as (keyof typeof collections)[]).filter(
  (c) => collections[c].storage.kind === 'entries',
) as ('convention' | 'commitments' | 'naps' | 'practices' | 'press' | 'people')[];
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

export interface Template {
  /** Path of the new file relative to the content root, e.g. `naps/gr-2024-2026.md`. */
  file: string;
  text: string;
  /** Fields written empty for the editor to fill in: exactly what the content check reports on the new file. */
  placeholders: string[];
  /** What was taken from the id, for the editor to confirm: "country gr", "period 2024–2026". */
  fromId: string[];
}

// The schemas with a plain-text reference builder: enough to read their shapes and allowed values.
const shapes = Object.fromEntries(
  ENTRY_COLLECTIONS.map((c) => [c, (collections[c].schema as (ref: () => z.ZodType) => z.ZodType)(() => z.string())]),
) as Record<EntryCollection, z.ZodType>;

type Node = z.core.$ZodType;
/** A node's definition, as the union of Zod's own definitions (narrowed by its `type`). */
const defOf = (node: Node) => (node as z.core.$ZodTypes)._zod.def;

function unwrap(node: Node): Node {
  for (;;) {
    const def = defOf(node);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
      node = def.innerType;
    else if (def.type === 'pipe') node = def.in;
    else return node;
  }
}

function nodeAt(collection: EntryCollection, path: readonly string[]): Node {
  let node: Node = shapes[collection];
  for (const key of path) {
    node = unwrap(node);
    // A list is walked through to its elements: `coverage.status` is the status of each entry.
    for (let def = defOf(node); def.type === 'array'; def = defOf(node)) node = unwrap(def.element);
    const def = defOf(node);
    const child = def.type === 'object' && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    if (child) node = child;
    else throw new Error(`no field ${path.join('.')} in ${collection}`);
  }
  return unwrap(node);
}

/** The allowed values of an enum field, as the schema has them. `path` walks objects and list elements by key. */
export function allowedValues(collection: EntryCollection, path: readonly string[]): string[] {
  const def = defOf(nodeAt(collection, path));
  if (def.type === 'enum') return Object.values(def.entries).map(String);
  if (def.type === 'array') {
    const el = defOf(unwrap(def.element));
    if (el.type === 'enum') return Object.values(el.entries).map(String);
  }
  throw new Error(`${collection}.${path.join('.')} is not a closed list of values`);
}

/** The top-level fields of a collection's front matter, each marked required or optional (left out or defaulted). */
export function topFields(collection: EntryCollection): { name: string; required: boolean }[] {
  const def = defOf(nodeAt(collection, []));
  if (def.type !== 'object') throw new Error(`${collection} records are not a group of fields`);
  return Object.entries(def.shape).map(([name, node]) => ({
    name,
    required: !['optional', 'default', 'prefault'].includes(defOf(node).type),
  }));
}

const oneOf = (collection: EntryCollection, ...path: string[]) => allowedValues(collection, path).join(', ');

/** The keys of a YAML map in the content tree (countries, themes, chapters…), in file order, each with its fields. */
function dataKeys(root: string, file: string): Record<string, Record<string, unknown>> {
  const path = join(root, file);
  if (!existsSync(path)) return {};
  return (parse(readFileSync(path, 'utf8'), { customTags: ['timestamp'] }) ?? {}) as Record<
    string,
    Record<string, unknown>
  >;
}
const examples = (root: string, file: string, n = 3) => Object.keys(dataKeys(root, file)).slice(0, n).join(', ');

const pad = (line: string, width = 34) => (line.length >= width ? `${line} ` : line.padEnd(width));
/** A field line with its hint as a comment. */
const field = (line: string, hint: string) => `${pad(line)}# ${hint}`;

function common(collection: EntryCollection, today: string): string {
  return [
    'sources:                          # official source first; add one entry per source you read',
    field('  - publisher:', 'who published it, e.g. OSCE, Council of Europe, GRETA; mark a copy "(secondary)"'),
    field('    title:', "the document's or page's own title"),
    field('    url:', 'the http(s) address where it can be read'),
    field('    # date: "2024-03"', 'as far as known: "2024", "2024-03" or "2024-03-15"'),
    field('    # symbol: "GRETA(2023)10"', 'the document symbol, where it has one'),
    'verification:',
    field(
      '  status: unverified',
      `one of: ${oneOf(collection, 'verification', 'status')} ("verified" only once every fact is checked)`,
    ),
    field(`  checked: "${today}"`, 'the day you checked the sources'),
    field('  # note: "…"', 'for a reader who wants to check: which source says what, what could not be confirmed'),
  ].join('\n');
}

/** What an id must look like, per collection, and what it says. */
const NAP_ID = /^([a-z]{2})-(\d{4})-(\d{4})$/;
const PRESS_ID = /^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2})-[a-z0-9]/;
const ARTICLE_ID = /^article-(\d{2})$/;
const COMMITMENT_SYMBOL_ID = /^(mc|pc)-(dec)-(\d+)(?:-(\d{2}))?$/;

export class TemplateError extends Error {}

/**
 * The template of a new record `collection/id`, reading the content tree at `root` for the ids it derives
 * (a chapter's range, known countries). Throws TemplateError with a sentence for the editor when the id breaks its collection's rule.
 */
export function entryTemplate(collection: EntryCollection, id: string, root: string, today: string): Template {
  if (!ID_PATTERN.test(id))
    throw new TemplateError(`"${id}" breaks the naming rule: ids are lowercase kebab-case (a-z, 0-9, single hyphens).`);
  const countries = dataKeys(root, 'data/countries.yaml');
  const fromId: string[] = [];
  let front: string[];
  let placeholders: string[];
  let body: string;
  const themesHint = `ids from content/data/themes.yaml, e.g. [${examples(root, 'data/themes.yaml', 2)}]`;

  switch (collection) {
    case 'naps': {
      const m = NAP_ID.exec(id);
      if (!m)
        throw new TemplateError(
          `a NAP id is the country, the first year and the last year: e.g. md-2024-2027, not "${id}".`,
        );
      const [, country, from, to] = m as unknown as [string, string, string, string];
      if (!(country in countries))
        throw new TemplateError(
          `"${country}" is not a country of content/data/countries.yaml: use its ISO 3166-1 alpha-2 code in lower case.`,
        );
      if (Number(to) < Number(from)) throw new TemplateError(`the plan cannot end (${to}) before it starts (${from}).`);
      fromId.push(`country ${country}`, `period ${from}–${to}`);
      const tri = oneOf('naps', 'rapporteur', 'exists');
      front = [
        field(`country: ${country}`, 'from the file name'),
        field('title:', "the plan's title in English"),
        field('# titleOriginal: "…"', 'the title in the original language'),
        field('# language: xx', 'two-letter ISO 639-1 code of the original language'),
        field(`period: { from: ${from}, to: ${to} }`, 'from the file name'),
        field('# adopted: "2024-03"', 'adoption date, only the parts you know'),
        field('# adoptedBy: "…"', 'the act that adopted it, e.g. a government decision'),
        field('# coordinator: "…"', 'the body that co-ordinates the plan'),
        field(
          'rapporteur: { exists: unknown, independent: unknown }',
          `each one of: ${tri}; add body: "…" where one exists`,
        ),
        field(
          'budget: { dedicated: unknown }',
          `one of: ${oneOf('naps', 'budget', 'dedicated')}; add amount: "EUR 2.5 million" and note: "…" where a source gives them`,
        ),
        field(
          'monitoring: { framework: unknown, indicators: unknown, evaluationPublished: unknown }',
          `each one of: ${tri}; add note: "…"`,
        ),
        field(
          'victimSupportUnconditional: unknown',
          `support independent of criminal proceedings, one of: ${oneOf('naps', 'victimSupportUnconditional')}`,
        ),
        field(
          'coverage:',
          `one entry per theme monitoring follows; status one of: ${oneOf('naps', 'coverage', 'status')}; add note: "…" with what the source says`,
        ),
        ...MONITORED_THEMES.map((t) => `  - { theme: ${t}, status: unknown }`),
        field('summary:', 'what the plan does, one to three sentences of our own (20–300 characters)'),
      ];
      placeholders = ['title', 'summary'];
      body =
        '## What the plan does\n\n<!-- Its aims and main measures, in our own words. -->\n\n## Coordination and monitoring\n\n<!-- Who co-ordinates it, who reports on it, any evaluation. -->\n\n## Gaps seen by monitoring bodies\n\n<!-- What GRETA or other monitoring bodies found, with their report named; leave this section out if none was found. -->\n';
      break;
    }
    case 'press': {
      const m = PRESS_ID.exec(id);
      if (!m)
        throw new TemplateError(
          `a press release id starts with its date and a short name: e.g. 2025-10-18-conference-on-labour-exploitation, not "${id}".`,
        );
      const date = m[1] as string;
      fromId.push(`date ${date}`);
      front = [
        field('title:', "the release's own headline, as published"),
        field(`date: "${date}"`, 'from the file name'),
        field('# place: "…"', 'where the event took place'),
        field(
          'organisations:',
          `who issued it: ids from content/data/organisations.yaml, e.g. [${examples(root, 'data/organisations.yaml', 2)}]`,
        ),
        field('# countries: []', 'the countries the release concerns (ISO codes in lower case)'),
        field('# themes: []', themesHint),
        field('# articles: []', 'Convention articles it is about, e.g. [article-10]'),
        field('# commitments: []', 'OSCE documents it is about, e.g. [mc-dec-6-17]'),
        field(
          '# people: []',
          'each person quoted: - { person: <id in content/people>, role: "their role as the release gives it" }',
        ),
        field('url:', 'the release itself'),
        field('summary:', 'our digest in one to three sentences (20–300 characters)'),
      ];
      placeholders = ['title', 'organisations', 'url', 'summary'];
      body =
        '## What happened\n\n<!-- Our digest in two to four short paragraphs, in our own words. The people quoted are listed under "Speakers" from the front matter. -->\n';
      break;
    }
    case 'convention': {
      const m = ARTICLE_ID.exec(id);
      if (!m) throw new TemplateError(`an article id is "article-" and two digits: e.g. article-04, not "${id}".`);
      const number = Number(m[1]);
      if (number < 1 || number > 47) throw new TemplateError(`the Convention has articles 1 to 47, not ${number}.`);
      const chapter = Object.entries(dataKeys(root, 'data/chapters.yaml')).find(
        ([, c]) =>
          typeof c.firstArticle === 'number' &&
          typeof c.lastArticle === 'number' &&
          number >= c.firstArticle &&
          number <= c.lastArticle,
      )?.[0];
      fromId.push(`number ${number}`, ...(chapter ? [`chapter ${chapter}`] : []));
      front = [
        field(`number: ${number}`, 'from the file name'),
        field('title:', 'the official short title, exactly as in the Convention'),
        chapter
          ? field(`chapter: ${chapter}`, 'from content/data/chapters.yaml')
          : field('chapter:', 'roman numeral in lower case, from content/data/chapters.yaml'),
        field('# summary: "…"', 'what the article says, one to three sentences of our own (20–300 characters)'),
        field('# themes: []', themesHint),
        field('# obligations:', 'each paragraph that creates a duty'),
        field(
          `#   - { paragraph: "${number}(1)", strength: shall, text: "…" }`,
          `strength one of: ${oneOf('convention', 'obligations', 'strength')}`,
        ),
        field('# relatedArticles: []', 'articles that work together with this one, e.g. [article-10]'),
        field('officialText:', 'the official text of the Convention'),
      ];
      placeholders = ['title', ...(chapter ? [] : ['chapter']), 'officialText'];
      body =
        '## What it requires\n\n<!-- The obligations, in our own words. -->\n\n## In practice\n\n<!-- How States carry it out, with sources. -->\n\n## Gaps seen by monitoring bodies\n\n<!-- What GRETA found, with its report named; leave this section out if none was found. -->\n';
      break;
    }
    case 'commitments': {
      const m = COMMITMENT_SYMBOL_ID.exec(id);
      const bodyValues = oneOf('commitments', 'body');
      const kindValues = oneOf('commitments', 'kind');
      let symbol: string | undefined;
      let org: string | undefined;
      let kind: string | undefined;
      let year: string | undefined;
      if (m) {
        const [, o, k, n, yy] = m as unknown as [string, string, string, string, string | undefined];
        symbol = `${o.toUpperCase()}.${k.toUpperCase()}/${n}${yy ? `/${yy}` : ''}`;
        org = o === 'mc' ? 'ministerial-council' : 'permanent-council';
        // A Ministerial Council decision's symbol ends with the year of the Council that adopted it.
        if (o === 'mc' && yy) {
          kind = 'decision';
          year = `20${yy}`;
        }
        fromId.push(
          `symbol ${symbol}`,
          `body ${org}`,
          ...(kind ? [`kind ${kind}`] : []),
          ...(year ? [`adopted ${year}`] : []),
        );
      }
      front = [
        symbol
          ? field(`symbol: ${symbol}`, 'from the file name')
          : field(
              '# symbol: "MC.DEC/6/17"',
              'the document symbol, where one is confirmed; the file name is then the symbol in kebab-case',
            ),
        field('title:', 'the official title'),
        org
          ? field(`body: ${org}`, `from the symbol; one of: ${bodyValues}`)
          : field('body:', `the body that adopted it, one of: ${bodyValues}`),
        kind
          ? field(`kind: ${kind}`, `from the symbol; one of: ${kindValues}`)
          : field('kind:', `one of: ${kindValues}`),
        year
          ? field(`adopted: "${year}"`, 'the year from the symbol; add the month and day from the document')
          : field('adopted:', 'adoption date, only the parts you know: "2003", "2003-07" or "2003-07-24"'),
        field('# venue: "…"', 'city where it was adopted'),
        field('# meeting: "…"', 'e.g. "24th Ministerial Council"'),
        field('summary:', 'what the document does, one to three sentences of our own (20–300 characters)'),
        field('# themes: []', themesHint),
        field('# supplements: []', 'earlier documents it adds to, e.g. [pc-dec-557]'),
        field('# amends: []', 'earlier documents it changes'),
        field('# url: https://…', 'the official document page'),
        field(
          '# articles: []',
          `Convention articles of the document as a whole: - { article: article-10, part: "…", basis: <one of: ${oneOf('commitments', 'articles', 'basis')}>, source: <a URL among the sources> }`,
        ),
        field('# provisions:', 'key paragraphs, each citable on its own'),
        field('#   - ref: "III.1.2"', 'as in the document'),
        field('#     summary: "Participating States committed to …"', 'our words'),
        field(
          '#     articles: []',
          'this paragraph\'s links: - { article: article-10, paragraph: "2", basis: own-reading }',
        ),
      ];
      placeholders = [
        'title',
        ...(org ? [] : ['body']),
        ...(kind ? [] : ['kind']),
        ...(year ? [] : ['adopted']),
        'summary',
      ];
      body =
        '## What it is\n\n<!-- What the document is and what participating States committed to, in our own words. -->\n\n## How it relates to the Action Plan\n\n<!-- What it adds to the 2003 OSCE Action Plan (PC.DEC/557) or to later decisions. -->\n';
      break;
    }
    case 'practices': {
      const prefix = id.split('-')[0] as string;
      const country = prefix in countries && id.includes('-') ? prefix : undefined;
      if (country) fromId.push(`country ${country}`);
      front = [
        field('title:', 'short and descriptive, our own words'),
        field('summary:', 'one line: what it does, 20–300 characters, our own words'),
        country
          ? field(`countries: [${country}]`, 'from the file name; a practice run in several countries lists each')
          : field('countries:', 'ISO codes in lower case, e.g. [fr]; a practice run in several countries lists each'),
        field('scope:', `one of: ${oneOf('practices', 'scope')}`),
        field('themes:', `two to five ${themesHint}`),
        field(
          'actors:',
          `the bodies that run it: - { name: "Labour Inspectorate", kind: <one of: ${oneOf('practices', 'actors', 'kind')}> }`,
        ),
        field('status: unknown', `one of: ${oneOf('practices', 'status')}`),
        field('# organisations: []', 'ids from content/data/organisations.yaml, only if the body is there'),
        field('# sectors: []', `where relevant, any of: ${oneOf('practices', 'sectors')}`),
        field('# period: { from: 2020 }', 'years; leave `to` out while it runs'),
        field('# targetGroups: []', 'short plain phrases, e.g. ["migrant workers"]'),
        field(
          '# assessments:',
          "who says it works (never the government's own description); leave out if none was found",
        ),
        field('#   - by: "GRETA"', 'the assessing body'),
        field('#     kind: good-practice', `one of: ${oneOf('practices', 'assessments', 'kind')}`),
        field('#     finding: "…"', 'what the body said, in our words'),
        field('#     title: "…"', 'title of the document that says it'),
        field('#     url: https://…', 'where it can be read'),
        field('#     date: "2023-06"', 'optional'),
        field('#     symbol: "GRETA(2023)10"', 'optional'),
        field('# results: "…"', 'evidence of results, figures with their source'),
        field('# transferability: "…"', 'what another country would need to adopt it; say whose reading it is'),
        field('# funding: "…"', 'cost or funding, where a source states it'),
        field('# articles: []', 'Convention articles it implements, e.g. [article-10]'),
        field('# commitments: []', 'OSCE documents it implements, e.g. [mc-dec-6-17]'),
        field(
          '# provisions: []',
          'OSCE provisions, e.g. [{ commitment: pc-dec-557, ref: "V.3" }], only where the commitment record lists that provision',
        ),
      ];
      placeholders = ['title', 'summary', ...(country ? [] : ['countries']), 'scope', 'themes', 'actors'];
      const hints: Record<string, string> = {
        'What it does': 'Two to four short paragraphs in our own words.',
        'Who says it works':
          'The assessing body and what it found, or "No independent assessment found." and what was looked at.',
        Results: 'Evidence of results, or what is not known.',
      };
      body = PRACTICE_HEADINGS.map((h) => `## ${h}\n\n<!-- ${hints[h] ?? ''} -->\n`).join('\n');
      break;
    }
    case 'people': {
      front = [
        field('name:', "as the person's organisation writes it"),
        field('roles:', 'each role with the URL of one of the sources below: - { title: "…", source: https://… }'),
        field(
          '#  - { title: "…", organisation: osce, from: "2018", to: "2024", source: https://… }',
          'organisation only if in organisations.yaml; dates only where a source gives them',
        ),
      ];
      placeholders = ['name', 'roles'];
      body =
        '<!-- Optional: one or two sentences in our own words on who the person is, each fact backed by a source. -->\n';
      break;
    }
  }
  placeholders.push('sources.0.publisher', 'sources.0.title', 'sources.0.url');
  return {
    file: `${collection}/${id}.md`,
    text: `---\n${front.join('\n')}\n${common(collection, today)}\n---\n${body}`,
    placeholders,
    fromId,
  };
}
