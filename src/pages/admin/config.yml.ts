// /admin/config.yml: the web editor's configuration, generated at build time from the registry and the schemas (src/lib/cms-config.ts).
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig, dataOptions } from '../../lib/cms-config.ts';
import { contentRoot } from '../../lib/content-root.ts';
import { repoFromEnv } from '../../lib/repo.ts';

export const GET: APIRoute = () => {
  const config = cmsConfig(repoFromEnv(), dataOptions(contentRoot()));
  const text = stringify(config, { aliasDuplicateObjects: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return new Response(`# Generated at build time from src/schemas/ (src/lib/cms-config.ts): edit the schemas, not this file.\n${text}`, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
