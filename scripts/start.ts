// `npm start`: build a local preview for http://localhost:4321 (SITE_URL defaults to it here, and only here) and serve it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LOCAL_SITE } from '../src/integrations/site-url.ts';

const root = join(import.meta.dirname, '..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const env = { ...process.env, SITE_URL: process.env.SITE_URL ?? LOCAL_SITE };
for (const args of [['build'], ['preview', '--port', '4321']]) {
  const result = spawnSync(process.execPath, [astro, ...args], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
