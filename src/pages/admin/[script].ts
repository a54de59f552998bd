// /admin/decap-cms.js and the chunks it loads: Decap CMS's own bundle (npm decap-cms, a pinned devDependency), served
// from the site so /admin/ needs no third-party script host. Only /admin/ loads it; content pages ship no JavaScript.
// The bundle is self-contained, so package.json replaces the package's source dependencies with an empty one (ADR 0016).
import type { APIRoute, GetStaticPaths } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECAP_SCRIPT } from '../../lib/cms-config.ts';

const DIST = join(process.cwd(), 'node_modules/decap-cms/dist');

export const getStaticPaths: GetStaticPaths = () =>
  existsSync(DIST)
    ? readdirSync(DIST)
        .filter((f) => DECAP_SCRIPT.test(f))
        .map((script) => ({ params: { script } }))
    : [];

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(DIST, String(params.script))), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
