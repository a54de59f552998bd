/**
 * `npm run edit`: the web editor against the working tree, offline. Starts Decap's local backend (decap-server, on
 * localhost:8081, writing into this folder) and the development server; open http://localhost:4321/admin/.
 * Locally Decap saves straight into content/ (its local backend has no editorial workflow): review the change with
 * `git diff`, run `npm run lint:content`, and open a pull request as usual. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = process.cwd();
const decapServer = join(dirname(require.resolve('decap-server/package.json')), 'dist/index.js');
const astro = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');

const children: ChildProcess[] = [
  spawn(process.execPath, [decapServer], { cwd: root, stdio: 'inherit', env: { ...process.env, GIT_REPO_DIRECTORY: root, MODE: 'fs', BIND_HOST: '127.0.0.1' } }),
  spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1'], { cwd: root, stdio: 'inherit', env: { SITE_URL: 'http://localhost:4321', ...process.env } }),
];
console.log('Web editor: http://localhost:4321/admin/ (saves into content/; check with `git diff` and `npm run lint:content`).');
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => { if (code) stop(); });
