/**
 * Open data: every collection as JSON (with a JSON Schema generated from its Zod schema), the flat
 * collections as CSV tables, and a Frictionless Data Package that describes them (ADR 0013).
 * Pure functions on plain data (no astro:content here), so unit tests can call them;
 * src/lib/open-data-site.ts feeds them the site's records.
 */
import { z } from 'astro/zod';
import { collections as registry } from '../schemas/index.ts';
import { collectionNames, ID_PATTERN, type CollectionName } from '../schemas/fields.ts';
import { commitmentBodies, commitmentKinds } from '../schemas/commitments.ts';
import { coverageStatuses, MONITORED_THEMES } from '../schemas/naps.ts';
import { PRACTICE_SCOPES, PRACTICE_STATUSES } from '../schemas/practice-vocab.ts';
import { gretaRound, obligationStrength, partialDate } from '../schemas/fields.ts';
import { ANSWER, COVERAGE } from './naps.ts';
import { crosswalkBases } from '../schemas/commitments.ts';
import { gretaRoundsOfArticle, type RoundArticles } from './greta.ts';
import { EXPORT_COLUMNS, type ExportRow } from './crosswalk.ts';
import type { napRows } from './nap-table.ts';

/** The licence of our own texts and data (ADR 0013). Official texts that records link to remain their owners'. */
export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Separator of several values in one CSV cell (themes, countries, sources). */
export const LIST_SEPARATOR = ' | ';

/** When this build ran: SOURCE_DATE_EPOCH (seconds) if set, so a build can be reproduced; otherwise now. */
export function buildTime(env: Record<string, string | undefined> = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** One build time for every file of a build. */
export const BUILD_TIME = buildTime();

// ---------------------------------------------------------------------------------------------
// JSON: records as plain data, and their JSON Schema
// ---------------------------------------------------------------------------------------------

/** Site fields we add to each record; no collection schema may use these names. */
export const RECORD_EXTRAS = ['id', 'page', 'markdown'] as const;

/** The reference builder of the published schemas: a reference is the id of a record of that collection. */
export const idReference = (collection: CollectionName) =>
  z.string().regex(ID_PATTERN).describe(`Id of a record of the "${collection}" collection`);

/** What the derived fields are computed from: the GRETA rounds (their articles as ids or references). */
export interface DerivedFrom {
  rounds: readonly RoundArticles[];
}
/**
 * Fields a published record carries that its file does not: each is derived at build time from other records, whose
 * files hold the link once. An article's GRETA rounds are the rounds whose `articles` list it (src/lib/greta.ts).
 */
const DERIVED_FIELDS: Partial<
  Record<CollectionName, Record<string, { schema: z.ZodType; of: (id: string, from: DerivedFrom) => unknown }>>
> = {
  convention: {
    gretaRounds: {
      schema: z
        .array(gretaRound)
        .describe('GRETA evaluation rounds that examined the article: the rounds whose articles list it (rounds.json)'),
      of: (id, from) => gretaRoundsOfArticle(from.rounds, id),
    },
  },
};

/** A collection's records with their derived fields added after their own (DERIVED_FIELDS). */
export function withDerivedFields<E extends { id: string; data: unknown }>(
  collection: CollectionName,
  entries: readonly E[],
  from: DerivedFrom,
): readonly E[] {
  const derived = Object.entries(DERIVED_FIELDS[collection] ?? {});
  if (derived.length === 0) return entries;
  return entries.map((e) => ({
    ...e,
    data: { ...(e.data as object), ...Object.fromEntries(derived.map(([key, f]) => [key, f.of(e.id, from)])) },
  }));
}

/**
 * The Zod schema of one published record: the collection's own schema, references as ids, plus its derived fields,
 * id, page and markdown.
 */
export function recordSchema(collection: CollectionName) {
  const schema = registry[collection].schema(idReference) as unknown as z.ZodObject;
  const derived = Object.entries(DERIVED_FIELDS[collection] ?? {}).map(([key, f]) => [key, f.schema] as const);
  for (const key of [...RECORD_EXTRAS, ...derived.map(([key]) => key)]) {
    if (key in schema.shape)
      throw new Error(
        `${collection}: the schema already has a field "${key}"; rename the published extra in open-data.ts`,
      );
  }
  return schema.safeExtend({
    ...Object.fromEntries(derived),
    id: z.string().regex(ID_PATTERN).describe('The record id: its file name, stable forever'),
    page: z.url().optional().describe("The record's page on this site"),
    markdown: z.string().optional().describe("The record's text in Markdown, in our own words"),
  });
}

type JsonSchema = Record<string, unknown>;

/** Partial dates are checked by a refinement, which JSON Schema cannot carry: say their form as a pattern. */
export const PARTIAL_DATE_REGEX = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
function describePartialDates(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }) {
  if (ctx.zodSchema === partialDate) {
    ctx.jsonSchema.pattern = PARTIAL_DATE_REGEX;
    ctx.jsonSchema.description = 'A date written as far as known: YYYY, YYYY-MM or YYYY-MM-DD';
  }
}

/**
 * The JSON Schema of /data/<collection>.json: an envelope (title, licence, build time, records) whose
 * records follow `#/$defs/record`, generated by Zod from the same schema the build and the linter use.
 * A per-record file validates against `<schema>#/$defs/record`.
 */
export function collectionJsonSchema(collection: CollectionName, schemaUrl: string): JsonSchema {
  const { $schema, $defs, ...record } = z.toJSONSchema(recordSchema(collection), {
    io: 'output',
    override: describePartialDates,
  }) as JsonSchema & { $defs?: Record<string, unknown> };
  const envelope = z.toJSONSchema(
    z.strictObject({
      collection: z.literal(collection),
      title: z.string(),
      description: z.string(),
      licence: z.strictObject({ name: z.literal(LICENCE.name), title: z.string(), path: z.url() }),
      generated: z.iso.datetime().describe('When the build that wrote this file ran (UTC)'),
      schema: z.url(),
      count: z.number().int().min(0),
      records: z.array(z.unknown()),
    }),
    { io: 'output' },
  ) as JsonSchema & { properties: Record<string, JsonSchema> };
  envelope.properties.records = { type: 'array', items: { $ref: '#/$defs/record' } };
  return {
    $schema,
    $id: schemaUrl,
    title: `${collection} (THB Knowledge Base)`,
    ...envelope,
    $defs: { ...($defs ?? {}), record },
  };
}

const isRef = (v: object): v is { collection: string; id: string } => {
  const keys = Object.keys(v);
  return (
    keys.length === 2 &&
    keys.includes('collection') &&
    keys.includes('id') &&
    typeof (v as { id: unknown }).id === 'string'
  );
};

/** A record's data as plain JSON: references (`{ collection, id }`) become ids, undefined fields go, dates stay as written. */
export function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    if (isRef(value)) return value.id;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}

export interface EntryLike {
  id: string;
  data: unknown;
  body?: string | undefined;
}

/** One record as published: id first, then its data, its page and its Markdown text. */
export function recordJson(entry: EntryLike, page: string | undefined): Record<string, unknown> {
  const markdown = entry.body?.trim();
  return {
    id: entry.id,
    ...(toPlain(entry.data) as Record<string, unknown>),
    ...(page ? { page } : {}),
    ...(markdown ? { markdown } : {}),
  };
}

/** The file /data/<collection>.json. */
export function collectionJson(
  collection: CollectionName,
  meta: { title: string; description: string; schemaUrl: string },
  records: Record<string, unknown>[],
) {
  return {
    collection,
    title: meta.title,
    description: meta.description,
    licence: { ...LICENCE },
    generated: BUILD_TIME,
    schema: meta.schemaUrl,
    count: records.length,
    records,
  };
}

/** Every collection is published as JSON. */
export const JSON_COLLECTIONS: readonly CollectionName[] = collectionNames;

/** Site path (base included) of a record's JSON file from its page path: "/naps/fr-2024-2027/" → "/naps/fr-2024-2027.json". */
export function recordJsonPath(pagePath: string): string | undefined {
  if (pagePath.includes('#') || !pagePath.endsWith('/') || pagePath.length < 2) return undefined;
  return `${pagePath.replace(/\/$/, '')}.json`;
}

// ---------------------------------------------------------------------------------------------
// CSV tables and their Table Schema
// ---------------------------------------------------------------------------------------------

export type FieldType = 'string' | 'integer' | 'boolean';
export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** The field's one vocabulary. */
  enum?: readonly string[];
  /** A partial date, a code. */
  pattern?: string;
  /** Never empty. */
  required?: boolean;
  /** The values of several items, separated by LIST_SEPARATOR. */
  list?: boolean;
}

const PARTIAL_DATE_PATTERN = PARTIAL_DATE_REGEX.slice(1, -1);
const ID = '[a-z0-9]+(-[a-z0-9]+)*';
const f = (name: string, type: FieldType, description: string, more: Partial<Field> = {}): Field => ({
  name,
  type,
  description,
  ...more,
});
const id = (name: string, description: string): Field =>
  f(name, 'string', description, { required: true, pattern: ID });
const date = (name: string, description: string, required = false): Field =>
  f(name, 'string', `${description} Written YYYY, YYYY-MM or YYYY-MM-DD: only the parts that are known.`, {
    pattern: PARTIAL_DATE_PATTERN,
    required,
  });
const list = (name: string, description: string, pattern?: string): Field =>
  f(name, 'string', `${description} Several values are separated by " | ".`, {
    list: true,
    ...(pattern ? { pattern: `(${pattern})( \\| (${pattern}))*` } : {}),
  });
const url = (name: string, description: string, required = false): Field =>
  f(name, 'string', description, { required, pattern: 'https?://\\S+' });
const verificationFields = [
  f(
    'verification',
    'string',
    'verified when every fact of the record was checked against its sources; unverified otherwise (the page says what is not confirmed).',
    { enum: ['verified', 'unverified'], required: true },
  ),
];
const checked = date('checked', 'The day the record was last checked against its sources.');
const pageField = url('url', "The record's page on this site.", true);

/** A CSV table: its resource name, title, description and fields, in column order. */
export interface Table {
  name: string;
  title: string;
  description: string;
  fields: Field[];
}

const yesNo = (name: string, description: string): Field =>
  f(name, 'boolean', description, { enum: ['yes', 'no'], required: true });

const answers = (...keys: (keyof typeof ANSWER)[]) => [...new Set(keys.map((k) => ANSWER[k]))];

/** The CSV column of a monitored theme's coverage: "coverage_" and the theme id in snake case. */
const napCoverageColumn = (theme: string) => `coverage_${theme.replace(/-/g, '_')}`;

/** /naps/naps.csv and /data/naps.csv: the columns of the NAP table (src/lib/nap-table.ts), one row per plan. */
export const NAP_FIELDS: Field[] = [
  id('id', 'Record id: <country>-<from>-<to>.'),
  f('country', 'string', 'Country name.', { required: true }),
  f('country_iso2', 'string', 'ISO 3166-1 alpha-2 code in lower case (the country record id).', {
    required: true,
    pattern: '[a-z]{2}',
  }),
  f('title', 'string', 'Title of the plan in English.', { required: true }),
  f('title_original', 'string', 'Title in the original language.'),
  f('period_from', 'integer', 'First year of the plan.', { required: true }),
  f('period_to', 'integer', 'Last year of the plan.', { required: true }),
  yesNo('current', "Whether the build year falls within the plan's period."),
  date('adopted', 'Adoption date.'),
  f('coordinator', 'string', 'The body that co-ordinates the plan.'),
  f('rapporteur_exists', 'string', 'A national rapporteur or equivalent mechanism exists.', {
    enum: answers('yes', 'no', 'unknown'),
    required: true,
  }),
  f('rapporteur_independent', 'string', 'That mechanism is independent.', {
    enum: answers('yes', 'no', 'unknown'),
    required: true,
  }),
  f('dedicated_budget', 'string', 'The plan has a dedicated budget.', {
    enum: answers('yes', 'no', 'partial', 'unknown'),
    required: true,
  }),
  f('budget_amount', 'string', 'The amount with its unit, as the source gives it.'),
  f('monitoring_framework', 'string', 'The plan has a monitoring framework.', {
    enum: answers('yes', 'no', 'unknown'),
    required: true,
  }),
  f('indicators', 'string', 'The plan has indicators.', { enum: answers('yes', 'no', 'unknown'), required: true }),
  f('evaluation_published', 'string', 'An evaluation of the plan is published.', {
    enum: answers('yes', 'no', 'unknown'),
    required: true,
  }),
  f(
    'victim_support_independent_of_proceedings',
    'string',
    'Support to victims does not depend on their co-operation in criminal proceedings.',
    { enum: answers('yes', 'no', 'partly', 'unknown'), required: true },
  ),
  ...MONITORED_THEMES.map((t) =>
    f(napCoverageColumn(t), 'string', `How far the plan covers the theme "${t}".`, {
      enum: coverageStatuses.map((s) => COVERAGE[s]),
      required: true,
    }),
  ),
  ...verificationFields,
  list('sources', "URLs of the record's sources, official first."),
  pageField,
];

type NapRow = ReturnType<typeof napRows>[number];
/** One CSV row of a NAP (from nap-table.ts `napRows`), in the order of NAP_FIELDS. */
export function napCsvRow(r: NapRow): Record<string, string | number> {
  const values: Record<string, string | number> = {
    id: r.id,
    country: r.country,
    country_iso2: r.countryId,
    title: r.title,
    title_original: r.titleOriginal,
    period_from: r.from,
    period_to: r.to,
    current: r.current ? 'yes' : 'no',
    adopted: r.adopted,
    coordinator: r.coordinator,
    rapporteur_exists: r.rapporteurExists,
    rapporteur_independent: r.rapporteurIndependent,
    dedicated_budget: r.budget,
    budget_amount: r.budgetAmount,
    monitoring_framework: r.monitoringFramework,
    indicators: r.indicators,
    evaluation_published: r.evaluationPublished,
    victim_support_independent_of_proceedings: r.victimSupportUnconditional,
    ...Object.fromEntries(MONITORED_THEMES.map((t) => [napCoverageColumn(t), r.coverage[t]])),
    verification: r.verification,
    sources: r.sources.join(LIST_SEPARATOR),
    url: r.url,
  };
  // Filled by column name, in the order of NAP_FIELDS: a column missing on either side fails loudly.
  return Object.fromEntries(
    NAP_FIELDS.map((field) => {
      const value = values[field.name];
      if (value === undefined) throw new Error(`naps.csv: no value for column "${field.name}" in napCsvRow`);
      return [field.name, value];
    }),
  );
}

/** The crosswalk export (src/lib/crosswalk.ts `exportRows`): one row per link. */
export const CROSSWALK_FIELDS: Field[] = EXPORT_COLUMNS.map((c): Field => {
  const known: Partial<Record<keyof ExportRow, Field>> = {
    article: f('article', 'integer', 'Convention article number.', { required: true }),
    article_title: f('article_title', 'string', "The article's official title.", { required: true }),
    paragraph: f(
      'paragraph',
      'string',
      'Paragraph of the article as cited after its number; empty for the article as a whole.',
    ),
    cited: f('cited', 'string', 'The article as cited, e.g. "Art. 10(2)".', { required: true }),
    document_symbol: f('document_symbol', 'string', 'Symbol of the OSCE document; empty where none is confirmed.'),
    document_id: id('document_id', 'Id of the OSCE document record.'),
    document_title: f('document_title', 'string', 'Title of the OSCE document.', { required: true }),
    adopted: date('adopted', 'Adoption date of the OSCE document.', true),
    provision_ref: f(
      'provision_ref',
      'string',
      'The provision as referenced in the document; empty for a document-level link.',
    ),
    level: f('level', 'string', 'Whether the link is made from a provision or from the document as a whole.', {
      enum: ['document', 'provision'],
      required: true,
    }),
    basis: f('basis', 'string', 'What the link rests on.', { enum: crosswalkBases, required: true }),
    basis_label: f('basis_label', 'string', 'The basis in words.', { required: true }),
    part: f('part', 'string', 'The part of the document that shows a document-level link.'),
    source: url('source', 'The source that states the link, where the basis is a source.'),
    note: f('note', 'string', 'A short note in our own words.'),
    article_url: url('article_url', "The article's page on this site.", true),
    document_url: url('document_url', "The document's page on this site.", true),
    provision_url: url('provision_url', "The provision on the document's page; empty for a document-level link."),
  };
  const field = known[c];
  if (!field) throw new Error(`crosswalk export column "${c}" has no field description in open-data.ts`);
  return field;
});

// Plain records (after toPlain): what the row builders below read.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any collection, already checked by its schema; the row builders read fields by name
type Plain = Record<string, any>;
export interface PlainEntry {
  id: string;
  data: Plain;
}
type PageOf = (id: string, anchor?: string) => string;
const joined = (v: unknown) => (Array.isArray(v) ? v.map(String).join(LIST_SEPARATOR) : '');
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const sourceUrls = (d: Plain) => joined((d.sources ?? []).map((s: { url: string }) => s.url));

export const COUNTRY_FIELDS: Field[] = [
  id('id', 'ISO 3166-1 alpha-2 code in lower case.'),
  f('name', 'string', 'Short English name.', { required: true }),
  f('coe_name', 'string', "Name in the Council of Europe's list, where it differs."),
  f('iso3', 'string', 'ISO 3166-1 alpha-3 code.', { required: true, pattern: '[A-Z]{3}' }),
  f('osce', 'string', 'OSCE status.', { enum: ['participating-state', 'partner', 'none'], required: true }),
  f('osce_region', 'string', 'Region of an OSCE Partner for Co-operation.', { enum: ['mediterranean', 'asian'] }),
  f('osce_since', 'integer', 'Year the State became a Partner, where a source gives it.'),
  yesNo('coe_member', 'Member State of the Council of Europe.'),
  f('cets197_status', 'string', 'Status under CETS No. 197.', {
    enum: ['ratified', 'acceded', 'signed', 'not-party'],
    required: true,
  }),
  date('cets197_signed', 'Signature of CETS No. 197.'),
  date('cets197_deposited', 'Deposit of the instrument of ratification or accession.'),
  date('cets197_in_force', 'Entry into force of CETS No. 197 for the State.'),
  ...verificationFields,
  checked,
  pageField,
];
export function countryRows(countries: PlainEntry[], pageOf: PageOf) {
  return countries.map(({ id: key, data: d }) => ({
    id: key,
    name: d.name,
    coe_name: text(d.coeName),
    iso3: d.iso3,
    osce: d.osce,
    osce_region: text(d.osceRegion),
    osce_since: text(d.osceSince),
    coe_member: d.coeMember ? 'yes' : 'no',
    cets197_status: d.cets197.status,
    cets197_signed: text(d.cets197.signed?.date),
    cets197_deposited: text(d.cets197.deposited?.date),
    cets197_in_force: text(d.cets197.inForce?.date),
    verification: d.verification.status,
    checked: d.verification.checked,
    url: pageOf(key),
  }));
}

export const COMMITMENT_FIELDS: Field[] = [
  id('id', 'Record id: the symbol in kebab-case where there is one.'),
  f('symbol', 'string', 'Document symbol; empty where none is confirmed.'),
  f('title', 'string', 'Official title.', { required: true }),
  f('body', 'string', 'The body that adopted it.', { enum: commitmentBodies, required: true }),
  f('kind', 'string', 'Kind of document.', { enum: commitmentKinds, required: true }),
  date('adopted', 'Adoption date.', true),
  f('venue', 'string', 'City where it was adopted.'),
  f('meeting', 'string', 'The meeting that adopted it.'),
  f('summary', 'string', 'What the document does, in our own words.', { required: true }),
  list('themes', 'Theme ids.', ID),
  list('supplements', 'Ids of earlier documents it adds to.', ID),
  list('amends', 'Ids of earlier documents it changes.', ID),
  f('provisions', 'integer', 'Number of provisions summarised (see provisions.csv).', { required: true }),
  url('official_url', 'The official document page.'),
  ...verificationFields,
  checked,
  list('sources', "URLs of the record's sources, official first."),
  pageField,
];
export function commitmentRows(commitments: PlainEntry[], pageOf: PageOf) {
  return commitments.map(({ id: key, data: d }) => ({
    id: key,
    symbol: text(d.symbol),
    title: d.title,
    body: d.body,
    kind: d.kind,
    adopted: d.adopted,
    venue: text(d.venue),
    meeting: text(d.meeting),
    summary: d.summary,
    themes: joined(d.themes),
    supplements: joined(d.supplements),
    amends: joined(d.amends),
    provisions: (d.provisions ?? []).length,
    official_url: text(d.url),
    verification: d.verification.status,
    checked: d.verification.checked,
    sources: sourceUrls(d),
    url: pageOf(key),
  }));
}

export const PROVISION_FIELDS: Field[] = [
  id('commitment_id', 'Id of the OSCE document record.'),
  f('commitment_symbol', 'string', 'Symbol of the document; empty where none is confirmed.'),
  f('ref', 'string', 'The provision as referenced in the document, e.g. "III.1.2" or "3".', { required: true }),
  f('heading', 'string', "The document's own heading of the provision, where it has one."),
  f('summary', 'string', 'What participating States committed to, in our own words.', { required: true }),
  list('themes', 'Theme ids.', ID),
  list('articles', 'Convention articles linked from this provision (record ids).', ID),
  url('read_via', 'The secondary source through which the provision was read, when not the document itself.'),
  url('url', "The provision on the document's page on this site.", true),
];
export function provisionRows(commitments: PlainEntry[], pageOf: PageOf) {
  return commitments.flatMap(({ id: key, data: d }) =>
    (d.provisions ?? []).map((p: Plain) => ({
      commitment_id: key,
      commitment_symbol: text(d.symbol),
      ref: p.ref,
      heading: text(p.heading),
      summary: p.summary,
      themes: joined(p.themes),
      articles: joined((p.articles ?? []).map((l: Plain) => l.article)),
      read_via: text(p.readVia),
      url: pageOf(key, p.ref),
    })),
  );
}

export const ARTICLE_FIELDS: Field[] = [
  id('id', 'Record id: article-NN.'),
  f('number', 'integer', 'Article number.', { required: true }),
  f('title', 'string', "The article's official title.", { required: true }),
  f('chapter', 'string', 'Chapter id (its numeral in lower case).', { required: true, pattern: '[ivx]+' }),
  f('summary', 'string', 'What the article says, in our own words; empty until written.'),
  list('themes', 'Theme ids.', ID),
  list('related_articles', 'Articles that work together with this one (record ids).', ID),
  list('greta_rounds', 'GRETA evaluation rounds that examined the article, where a source shows it.', '[1-4]'),
  f('obligations', 'integer', 'Number of obligations listed (see obligations.csv).', { required: true }),
  url('official_text', 'The official text of the Convention.', true),
  ...verificationFields,
  checked,
  list('sources', "URLs of the record's sources, official first."),
  pageField,
];
export function articleRows(articles: PlainEntry[], pageOf: PageOf) {
  return articles.map(({ id: key, data: d }) => ({
    id: key,
    number: d.number,
    title: d.title,
    chapter: d.chapter,
    summary: text(d.summary),
    themes: joined(d.themes),
    related_articles: joined(d.relatedArticles),
    // Derived from the rounds that list the article (withDerivedFields), as in the JSON.
    greta_rounds: joined(d.gretaRounds),
    obligations: (d.obligations ?? []).length,
    official_text: d.officialText,
    verification: d.verification.status,
    checked: d.verification.checked,
    sources: sourceUrls(d),
    url: pageOf(key),
  }));
}

export const OBLIGATION_FIELDS: Field[] = [
  id('article_id', 'Id of the article record.'),
  f('article', 'integer', 'Article number.', { required: true }),
  f('paragraph', 'string', 'Paragraph as cited, e.g. "12(1)(b)".', { required: true }),
  f(
    'strength',
    'string',
    'shall: must; shall-consider: must consider (shall consider, shall endeavour); may; defines: defines a term and creates no duty.',
    { enum: obligationStrength.options, required: true },
  ),
  f('text', 'string', 'The obligation in one sentence of our own.', { required: true }),
  url('url', "The paragraph on the article's page on this site.", true),
];
export function obligationRows(articles: PlainEntry[], pageOf: PageOf) {
  return articles.flatMap(({ id: key, data: d }) =>
    (d.obligations ?? []).map((o: Plain) => ({
      article_id: key,
      article: d.number,
      paragraph: o.paragraph,
      strength: o.strength,
      text: o.text,
      url: pageOf(key, o.paragraph),
    })),
  );
}

export const PRACTICE_FIELDS: Field[] = [
  id('id', 'Record id.'),
  f('title', 'string', 'Name of the practice.', { required: true }),
  f('summary', 'string', 'What it does, in our own words.', { required: true }),
  list('countries', 'Countries where it runs (ISO alpha-2, lower case).', '[a-z]{2}'),
  f('scope', 'string', 'Scope.', { enum: PRACTICE_SCOPES, required: true }),
  list('themes', 'Theme ids.', ID),
  list('actors', 'The bodies that run it.'),
  list('organisations', 'Organisation ids.', ID),
  list('sectors', 'Economic sectors it addresses.', ID),
  f('period_from', 'integer', 'First year it ran.'),
  f('period_to', 'integer', 'Last year it ran; empty while ongoing or unknown.'),
  f('status', 'string', 'Status.', { enum: PRACTICE_STATUSES, required: true }),
  f('assessments', 'integer', 'Number of independent assessments found.', { required: true }),
  list('articles', 'Convention articles it implements (record ids).', ID),
  list('commitments', 'OSCE documents it implements (record ids).', ID),
  ...verificationFields,
  checked,
  list('sources', "URLs of the record's sources, official first."),
  pageField,
];
export function practiceRows(practices: PlainEntry[], pageOf: PageOf) {
  return practices.map(({ id: key, data: d }) => ({
    id: key,
    title: d.title,
    summary: d.summary,
    countries: joined(d.countries),
    scope: d.scope,
    themes: joined(d.themes),
    actors: joined((d.actors ?? []).map((a: Plain) => a.name)),
    organisations: joined(d.organisations),
    sectors: joined(d.sectors),
    period_from: text(d.period?.from),
    period_to: text(d.period?.to),
    status: d.status,
    assessments: (d.assessments ?? []).length,
    articles: joined(d.articles),
    commitments: joined(d.commitments),
    verification: d.verification.status,
    checked: d.verification.checked,
    sources: sourceUrls(d),
    url: pageOf(key),
  }));
}

export const PRESS_FIELDS: Field[] = [
  id('id', 'Record id: <yyyy-mm-dd>-<slug>.'),
  f('title', 'string', "The release's own headline.", { required: true }),
  date('date', 'Publication date.', true),
  f('place', 'string', 'Where the event took place.'),
  list('organisations', 'Organisation ids.', ID),
  list('countries', 'Country ids (ISO alpha-2, lower case).', '[a-z]{2}'),
  list('themes', 'Theme ids.', ID),
  list('articles', 'Convention articles it concerns (record ids).', ID),
  list('commitments', 'OSCE documents it concerns (record ids).', ID),
  list('people', 'People quoted or speaking (record ids).', ID),
  f('summary', 'string', 'Our digest of the release.', { required: true }),
  url('release_url', 'The release itself.', true),
  ...verificationFields,
  checked,
  pageField,
];
export function pressRows(press: PlainEntry[], pageOf: PageOf) {
  return press.map(({ id: key, data: d }) => ({
    id: key,
    title: d.title,
    date: d.date,
    place: text(d.place),
    organisations: joined(d.organisations),
    countries: joined(d.countries),
    themes: joined(d.themes),
    articles: joined(d.articles),
    commitments: joined(d.commitments),
    people: joined((d.people ?? []).map((p: Plain) => p.person)),
    summary: d.summary,
    release_url: d.url,
    verification: d.verification.status,
    checked: d.verification.checked,
    url: pageOf(key),
  }));
}

/** The CSV tables under /data/, in the order of the page and the package. */
export const TABLES: Table[] = [
  {
    name: 'naps',
    title: 'National Action Plans',
    description:
      'One row per National Action Plan, with the structured facts monitoring needs. The same table as /naps/naps.csv.',
    fields: NAP_FIELDS,
  },
  {
    name: 'countries',
    title: 'Countries',
    description: 'One row per State: OSCE status, Council of Europe membership and status under CETS No. 197.',
    fields: COUNTRY_FIELDS,
  },
  {
    name: 'commitments',
    title: 'OSCE commitments',
    description: 'One row per OSCE document on trafficking.',
    fields: COMMITMENT_FIELDS,
  },
  {
    name: 'provisions',
    title: 'Provisions of OSCE commitments',
    description: 'One row per summarised provision of an OSCE document.',
    fields: PROVISION_FIELDS,
  },
  {
    name: 'articles',
    title: 'Convention articles',
    description: 'One row per article of CETS No. 197.',
    fields: ARTICLE_FIELDS,
  },
  {
    name: 'obligations',
    title: 'Obligations of the Convention',
    description: 'One row per obligation of an article of CETS No. 197, with its strength.',
    fields: OBLIGATION_FIELDS,
  },
  { name: 'practices', title: 'Good practices', description: 'One row per good practice.', fields: PRACTICE_FIELDS },
  { name: 'press', title: 'Press releases', description: 'One row per press release digest.', fields: PRESS_FIELDS },
  {
    name: 'crosswalk',
    title: 'Crosswalk links',
    description:
      'One row per link between an OSCE document or provision and a Convention article, with its basis. The same table as /crosswalk/crosswalk.csv.',
    fields: CROSSWALK_FIELDS,
  },
];

/** A Frictionless Table Schema field. */
export function tableSchemaField(field: Field) {
  const constraints: Record<string, unknown> = {};
  if (field.required) constraints.required = true;
  if (field.enum && field.type === 'string') constraints.enum = [...field.enum];
  if (field.pattern) constraints.pattern = field.pattern;
  return {
    name: field.name,
    type: field.type,
    description: field.description,
    ...(field.type === 'boolean' ? { trueValues: ['yes'], falseValues: ['no'] } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The values of a table's rows in column order, for csv-stringify; every row must have exactly the table's fields. */
export function csvRecords(table: Table, rows: Record<string, unknown>[]): unknown[][] {
  const names = table.fields.map((x) => x.name);
  return rows.map((row, i) => {
    const extra = Object.keys(row).filter((k) => !names.includes(k));
    const missing = names.filter((k) => !(k in row));
    if (extra.length || missing.length)
      throw new Error(
        `${table.name}.csv row ${i}: ${extra.length ? `extra ${extra.join(', ')}` : ''}${missing.length ? ` missing ${missing.join(', ')}` : ''}`,
      );
    return names.map((k) => row[k]);
  });
}

// ---------------------------------------------------------------------------------------------
// The Data Package
// ---------------------------------------------------------------------------------------------

export interface PackageInput {
  /** Absolute URL of the site (with the base path) and of /data/. */
  home: string;
  dataPage: string;
  /** Title and description of each JSON collection. */
  collections: { name: CollectionName; title: string; description: string; count: number }[];
  tables: { table: Table; count: number }[];
}

/**
 * datapackage.json (Frictionless Data Package v1): every CSV as a tabular resource with its Table Schema,
 * every collection JSON with its JSON Schema (`jsonSchema`, a property of ours), the licence and the sources.
 * Paths are relative to /data/.
 */
export function dataPackage(input: PackageInput) {
  return {
    profile: 'data-package',
    name: 'thb-knowledge-base',
    title: 'THB Knowledge Base: open data',
    description:
      "Records of an open knowledge base on combating trafficking in human beings: the Council of Europe Convention CETS No. 197 article by article, OSCE commitments, countries, National Action Plans, a crosswalk, good practices and press release digests. Summaries are our own words; official texts remain their owners' and are linked, not copied.",
    homepage: input.dataPage,
    created: BUILD_TIME,
    licenses: [{ ...LICENCE }],
    sources: [
      {
        title: 'THB Knowledge Base: each record lists its own sources (the sources column, or sources in the JSON)',
        path: input.home,
      },
    ],
    keywords: ['trafficking in human beings', 'OSCE', 'Council of Europe', 'CETS No. 197', 'National Action Plans'],
    resources: [
      ...input.tables.map(({ table, count }) => ({
        profile: 'tabular-data-resource',
        name: table.name,
        path: `${table.name}.csv`,
        title: table.title,
        description: `${table.description} ${count} rows.`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        licenses: [{ ...LICENCE }],
        dialect: { delimiter: ',', header: true, quoteChar: '"', doubleQuote: true, lineTerminator: '\n' },
        schema: { fields: table.fields.map(tableSchemaField), missingValues: [''] },
      })),
      ...input.collections.map((c) => ({
        profile: 'data-resource',
        name: `${c.name}-json`,
        path: `${c.name}.json`,
        title: c.title,
        description: `${c.description} ${c.count} records, as JSON.`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        licenses: [{ ...LICENCE }],
        jsonSchema: `schemas/${c.name}.schema.json`,
      })),
    ],
  };
}
