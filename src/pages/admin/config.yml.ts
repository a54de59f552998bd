// /admin/config.yml: the web editor's configuration, generated at build time from the registry and the schemas (src/lib/cms-config.ts).
import type { APIRoute } from 'astro';
import { cmsConfig, cmsConfigYaml, dataOptions } from '../../lib/cms-config.ts';
import { contentRoot } from '../../lib/content-root.ts';
import { repoFromEnv } from '../../lib/repo.ts';

export const GET: APIRoute = () =>
  new Response(cmsConfigYaml(cmsConfig(repoFromEnv(), dataOptions(contentRoot()))), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
