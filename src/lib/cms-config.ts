/**
 * The web editor's configuration (Decap CMS, /admin/config.yml), generated at build time from the collection
 * registry and the Zod schemas: one collection per record folder, one field per schema field, closed lists as
 * select widgets, references to records as relation widgets, references to data files as selects of their ids,
 * optional fields marked `required: false`. Changes go through the editorial workflow: one pull request each.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'astro/zod';
import { collections, type CollectionName } from '../schemas/index.ts';
import { partialDate } from '../schemas/fields.ts';
import { MONITORED_THEMES } from '../schemas/naps.ts';
import { PARTIAL_DATE_REGEX } from './open-data.ts';
import type { Repo } from './repo.ts';

type Field = Record<string, unknown>;
type EntryCollection = 'convention' | 'commitments' | 'naps' | 'practices' | 'press' | 'people';

/** What the editor shows for each record collection, and the field that names a record in lists. */
const ENTRY_META: Record<EntryCollection, { label: string; singular: string; identifier: string }> = {
  naps: { label: 'National Action Plans', singular: 'National Action Plan', identifier: 'title' },
  practices: { label: 'Good practices', singular: 'Good practice', identifier: 'title' },
  press: { label: 'Press releases', singular: 'Press release', identifier: 'title' },
  people: { label: 'People', singular: 'Person', identifier: 'name' },
  commitments: { label: 'OSCE commitments', singular: 'OSCE commitment', identifier: 'title' },
  convention: { label: 'Convention articles', singular: 'Convention article', identifier: 'title' },
};

/**
 * Record collections the web editor leaves out, and why. Decap keeps a record's Markdown text in a field named `body`,
 * so a schema field of that name cannot be edited beside it.
 */
export const NOT_IN_EDITOR: Partial<Record<EntryCollection, string>> = {
  commitments:
    'its `body` field (the adopting body) has the name Decap reserves for the Markdown text: edit OSCE commitments with git',
};

/** File names follow the id rules of docs/content-guide.md; where an id is built from fields, the editor builds it. */
const SLUGS: Partial<Record<EntryCollection, string>> = {
  naps: '{{country}}-{{period.from}}-{{period.to}}',
  press: '{{date}}-{{slug}}',
  convention: 'article-{{number}}',
};

/** Fields whose text runs to sentences get a multi-line box. */
const LONG_TEXT = new Set(['summary', 'note', 'finding', 'results', 'transferability', 'funding', 'text']);

/** The ids (and names) of a data collection, for select widgets: `{ fr: 'France', … }`. */
export type DataOptions = Partial<Record<CollectionName, { value: string; label: string }[]>>;

/** The options of every data collection, read from the content tree: its ids, labelled with their name, label or title. */
export function dataOptions(root: string): DataOptions {
  const options: DataOptions = {};
  for (const [name, def] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    if (def.storage.kind === 'entries') {
      // A collection the editor leaves out is still linked to: a select of its ids (the file names).
      const dir = join(root, def.storage.dir);
      if (NOT_IN_EDITOR[name as EntryCollection] && existsSync(dir)) {
        options[name] = readdirSync(dir)
          .filter((f) => /^[^_].*\.mdx?$/.test(f))
          .map((f) => f.replace(/\.mdx?$/, ''))
          .sort()
          .map((id) => ({ value: id, label: id }));
      }
      continue;
    }
    const path = join(root, def.storage.file);
    if (!existsSync(path)) continue;
    const map = (parse(readFileSync(path, 'utf8'), { customTags: ['timestamp'] }) ?? {}) as Record<
      string,
      Record<string, unknown>
    >;
    options[name] = Object.entries(map).map(([id, r]) => {
      const text = [r?.name, r?.label, r?.title].find((v) => typeof v === 'string') as string | undefined;
      return { value: id, label: text ? `${text} (${id})` : id };
    });
  }
  return options;
}

const RECORD_REF = Symbol('record reference');

/** The reference builder of the editor: a marked string schema, recognised when fields are built. */
function refMarker(collection: CollectionName) {
  const s = z.string();
  (s as unknown as Record<symbol, CollectionName>)[RECORD_REF] = collection;
  return s;
}

/** The parts of a Zod schema's internals this walk reads. */
interface ZodDef {
  type?: string;
  innerType?: unknown;
  in?: unknown;
  defaultValue?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
  entries?: Record<string, string>;
  options?: unknown[];
  values?: unknown[];
  format?: string;
}
type ZodNode = { _zod?: { def?: ZodDef; bag?: { minimum?: number; maximum?: number; format?: string } } } | undefined;
const defOf = (node: unknown) => (node as ZodNode)?._zod?.def;
const literalOf = (node: unknown) => defOf(node)?.values?.[0];

function unwrap(node: unknown): { node: unknown; optional: boolean; defaultValue?: unknown } {
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(node);
    if (!def) break;
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      node = def.innerType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      node = def.innerType;
    } else if (def.type === 'pipe' && node !== partialDate) node = def.in;
    else break;
  }
  return { node, optional, defaultValue };
}

const label = (name: string) => name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
const partialDatePattern = [PARTIAL_DATE_REGEX, 'a date as far as known: YYYY, YYYY-MM or YYYY-MM-DD'];

/** One Decap field for one schema node; undefined where the editor has no widget for it. */
function fieldFor(name: string, schema: unknown, data: DataOptions): Field {
  const { node, optional, defaultValue } = unwrap(schema);
  const base: Field = { name, label: label(name), ...(optional ? { required: false } : {}) };
  const def = defOf(node);
  const bag = (node as ZodNode)?._zod?.bag;
  const refTo = (node as Record<symbol, CollectionName> | undefined)?.[RECORD_REF];
  const relation = (collection: CollectionName, multiple: boolean): Field => {
    const storage = collections[collection].storage;
    if (storage.kind === 'entries' && !NOT_IN_EDITOR[collection as EntryCollection]) {
      const meta = ENTRY_META[collection as EntryCollection];
      return {
        ...base,
        widget: 'relation',
        collection,
        value_field: '{{slug}}',
        search_fields: [meta.identifier],
        display_fields: [meta.identifier],
        ...(multiple ? { multiple: true } : {}),
      };
    }
    return { ...base, widget: 'select', options: data[collection] ?? [], ...(multiple ? { multiple: true } : {}) };
  };
  if (refTo) return relation(refTo, false);
  if (node === partialDate) return { ...base, widget: 'string', pattern: partialDatePattern };
  switch (def?.type) {
    case 'string': {
      const isUrl = def.format === 'url' || bag?.format === 'url';
      return {
        ...base,
        widget: LONG_TEXT.has(name) ? 'text' : 'string',
        ...(isUrl ? { pattern: ['^https?://', 'an address starting with https://'] } : {}),
      };
    }
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: 'int',
        ...(bag?.minimum !== undefined ? { min: bag.minimum } : {}),
        ...(bag?.maximum !== undefined ? { max: bag.maximum } : {}),
      };
    case 'enum': {
      const options = Object.values(def.entries ?? {});
      return {
        ...base,
        widget: 'select',
        options,
        ...(options.includes('unknown') && !optional ? { default: 'unknown' } : {}),
      };
    }
    case 'union': {
      const options = (def.options ?? []).map(literalOf).filter((v) => v !== undefined);
      return { ...base, widget: 'select', options };
    }
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(node, data) };
    case 'array': {
      const el = unwrap(def.element).node;
      const elRef = (el as Record<symbol, CollectionName> | undefined)?.[RECORD_REF];
      if (elRef) return relation(elRef, true);
      const elDef = defOf(el);
      if (elDef?.type === 'enum')
        return { ...base, widget: 'select', multiple: true, options: Object.values(elDef.entries ?? {}) };
      if (elDef?.type === 'union')
        return { ...base, widget: 'select', multiple: true, options: (elDef.options ?? []).map(literalOf) };
      if (elDef?.type === 'object') {
        return {
          ...base,
          widget: 'list',
          fields: objectFields(el, data),
          ...(Array.isArray(defaultValue) && defaultValue.length ? { default: defaultValue } : {}),
        };
      }
      return { ...base, widget: 'list' };
    }
    default:
      return { ...base, widget: 'string' };
  }
}

function objectFields(schema: unknown, data: DataOptions): Field[] {
  const def = defOf(unwrap(schema).node);
  return Object.entries(def?.shape ?? {}).map(([name, s]) => fieldFor(name, s, data));
}

/** The fields of one record collection's front matter, then its Markdown body. */
export function cmsFields(collection: EntryCollection, data: DataOptions): Field[] {
  const schema = (collections[collection].schema as (ref: typeof refMarker) => z.ZodType)(refMarker);
  const fields = objectFields(schema, data);
  // The linter asks a NAP for one coverage entry per monitored theme: the form starts with them, status unknown.
  if (collection === 'naps') {
    const coverage = fields.find((f) => f.name === 'coverage');
    if (coverage) coverage.default = MONITORED_THEMES.map((theme) => ({ theme, status: 'unknown' }));
  }
  const verification = fields.find((f) => f.name === 'verification');
  if (verification) {
    const status = (verification.fields as Field[]).find((f) => f.name === 'status');
    if (status) status.default = 'unverified';
  }
  return [
    ...fields,
    {
      name: 'body',
      label: 'Text (Markdown, our own words; headings start at ##)',
      widget: 'markdown',
      required: false,
    },
  ];
}

/** GitHub's owner/name from a repository address, for the GitHub backend. */
export function githubRepo(repo: Repo | undefined): string | undefined {
  const m = repo && /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?$/.exec(repo.url);
  return m?.[1];
}

/** The whole configuration, as an object to write as YAML. */
export function cmsConfig(repo: Repo | undefined, data: DataOptions): Record<string, unknown> {
  const entryCollections = (Object.keys(ENTRY_META) as EntryCollection[]).filter(
    (c) => collections[c].storage.kind === 'entries' && !NOT_IN_EDITOR[c],
  );
  return {
    backend: { name: 'github', repo: githubRepo(repo) ?? 'owner/repository', branch: repo?.branch ?? 'main' },
    // `npm run edit`: decap-server on localhost writes to the working tree instead of GitHub.
    local_backend: true,
    publish_mode: 'editorial_workflow',
    // Records carry no images (docs/security.md); Decap needs a folder all the same.
    media_folder: 'content/_media',
    collections: entryCollections.map((c) => {
      const storage = collections[c].storage as { dir: string };
      const meta = ENTRY_META[c];
      return {
        name: c,
        label: meta.label,
        label_singular: meta.singular,
        folder: `content/${storage.dir}`,
        extension: 'md',
        format: 'frontmatter',
        create: true,
        identifier_field: meta.identifier,
        // The site's pages are built from the records; Decap's raw preview would only mislead.
        editor: { preview: false },
        ...(SLUGS[c] ? { slug: SLUGS[c] } : {}),
        fields: cmsFields(c, data),
      };
    }),
  };
}

/** The configuration as config.yml: every text quoted (so `yes` and `no` stay text), no YAML aliases. */
export function cmsConfigYaml(config: Record<string, unknown>): string {
  const text = stringify(config, {
    aliasDuplicateObjects: false,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  });
  return `# Generated from src/schemas/ by src/lib/cms-config.ts: edit the schemas, not this file.\n${text}`;
}

/** The files of the editor's page, served by the build (src/pages/admin/) and by `npm run edit`: Decap's bundle and its chunks. */
export const DECAP_SCRIPT = /^(\d+\.)?decap-cms\.js$/;
