// The web editor's configuration is generated from the registry and the Zod schemas: every field, closed lists, references.
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/schemas/index.ts';
import { MONITORED_THEMES } from '../../src/schemas/naps.ts';
import { allowedValues, ENTRY_COLLECTIONS, topFields } from '../../src/lib/new-entry.ts';
import { cmsConfig, githubRepo, NOT_IN_EDITOR } from '../../src/lib/cms-config.ts';

const data = {
  countries: [{ value: 'gr', label: 'Greece' }],
  themes: MONITORED_THEMES.map((t) => ({ value: t, label: t })),
};
const config = cmsConfig({ url: 'https://github.com/osce-kb/thb', branch: 'main' }, data) as any;
const collection = (name: string) => config.collections.find((c: any) => c.name === name);
const field = (c: string, ...path: string[]) =>
  path.reduce((fields: any, name, i) => {
    const f = (fields.fields ?? fields).find((x: any) => x.name === name);
    return i === path.length - 1 ? f : f;
  }, collection(c));

describe('web editor configuration', () => {
  it('opens a pull request per change on the configured repository, and works locally', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'osce-kb/thb', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBe(true);
    expect(githubRepo({ url: 'https://gitlab.com/a/b', branch: 'main' })).toBeUndefined();
  });

  it('has one collection per record folder of the registry, with every schema field and the body', () => {
    const editable = ENTRY_COLLECTIONS.filter((c) => !NOT_IN_EDITOR[c]);
    expect(config.collections.map((c: any) => c.name).sort()).toEqual([...editable].sort());
    // Only a collection with a field named like Decap's Markdown text is left out.
    expect(Object.keys(NOT_IN_EDITOR)).toEqual(
      ENTRY_COLLECTIONS.filter((c) => topFields(c).some((f) => f.name === 'body')),
    );
    for (const c of editable) {
      const col = collection(c);
      expect(col.folder).toBe(`content/${(collections[c].storage as { dir: string }).dir}`);
      expect(col.fields.map((f: any) => f.name)).toEqual([...topFields(c).map((f) => f.name), 'body']);
      for (const f of topFields(c))
        expect(col.fields.find((x: any) => x.name === f.name).required, `${c}.${f.name}`).toBe(
          f.required ? undefined : false,
        );
    }
  });

  it('closed lists are select widgets with the schema values', () => {
    const status = field('naps', 'victimSupportUnconditional');
    expect(status).toMatchObject({
      widget: 'select',
      options: allowedValues('naps', ['victimSupportUnconditional']),
      default: 'unknown',
    });
    expect(field('practices', 'sectors')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: allowedValues('practices', ['sectors']),
    });
    expect(field('convention', 'obligations', 'strength')).toMatchObject({
      widget: 'select',
      options: allowedValues('convention', ['obligations', 'strength']),
    });
  });

  it('references: relation widgets to record collections, selects of ids for data files', () => {
    expect(field('practices', 'articles')).toMatchObject({
      widget: 'relation',
      collection: 'convention',
      value_field: '{{slug}}',
      multiple: true,
      required: false,
    });
    expect(field('press', 'people').fields.find((f: any) => f.name === 'person')).toMatchObject({
      widget: 'relation',
      collection: 'people',
      search_fields: ['name'],
    });
    expect(field('naps', 'country')).toMatchObject({ widget: 'select', options: data.countries });
    expect(field('practices', 'commitments')).toMatchObject({ widget: 'select', multiple: true, required: false });
  });

  it('a new NAP starts with one coverage entry per monitored theme, and as unverified', () => {
    expect(field('naps', 'coverage').default).toEqual(MONITORED_THEMES.map((theme) => ({ theme, status: 'unknown' })));
    expect(field('naps', 'verification').fields.find((f: any) => f.name === 'status').default).toBe('unverified');
    expect(collection('naps').slug).toBe('{{country}}-{{period.from}}-{{period.to}}');
  });
});

describe('/admin/ headers', () => {
  it("_headers gives /admin/ its own policy in place of the site's, and lets the GitHub sign-in pop-up answer", async () => {
    const { headersFile } = await import('../../src/integrations/security-headers.ts');
    const file = headersFile("default-src 'self'", "default-src 'self'; style-src 'self' 'unsafe-inline'");
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n/);
    expect(file).toContain(
      "\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'\n  ! Cross-Origin-Opener-Policy\n  Cross-Origin-Opener-Policy: same-origin-allow-popups\n",
    );
    expect(headersFile("default-src 'self'")).not.toContain('/admin/');
  });
});
