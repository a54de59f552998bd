/**
 * `npm run edit`: the web editor against the working tree, offline. Starts Decap's local backend (decap-server on
 * 127.0.0.1:8081, writing into this folder) and serves the editor's page at http://127.0.0.1:4321/admin/ with the
 * configuration generated from the schemas, as the build does. Locally Decap saves straight into content/ (its
 * local backend has no editorial workflow): review with `git diff`, run `npm run lint:content`, then open a pull
 * request as usual. Ctrl+C stops both. `npm run dev` (another terminal, another port) previews the site.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { cmsConfig, cmsConfigYaml, DECAP_SCRIPT, dataOptions } from '../src/lib/cms-config.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { repoFromEnv } from '../src/lib/repo.ts';

const require = createRequire(import.meta.url);
const root = process.cwd();
const port = Number(process.env.KB_EDIT_PORT ?? 4321);
const decapDist = join(dirname(require.resolve('decap-cms/package.json')), 'dist');
const decapServer = join(dirname(require.resolve('decap-server/package.json')), 'dist/index.js');

const backend = spawn(process.execPath, [decapServer], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, GIT_REPO_DIRECTORY: root, MODE: 'fs', BIND_HOST: '127.0.0.1' },
});

const page = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const send = (type: string, body: string | Buffer) => {
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  if (path === '/' || path === '/admin') {
    res.writeHead(302, { Location: '/admin/' });
    return res.end();
  }
  if (path === '/admin/' || path === '/admin/index.html')
    return send('text/html; charset=utf-8', readFileSync(join(root, 'public/admin/index.html')));
  // Read afresh on each load, so a schema or data change shows after a reload.
  if (path === '/admin/config.yml')
    return send('text/yaml; charset=utf-8', cmsConfigYaml(cmsConfig(repoFromEnv(), dataOptions(contentRoot()))));
  const file = basename(path);
  if (path === `/admin/${file}` && DECAP_SCRIPT.test(file) && existsSync(join(decapDist, file)))
    return send('text/javascript; charset=utf-8', readFileSync(join(decapDist, file)));
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found: the web editor is at /admin/');
});
page.listen(port, '127.0.0.1', () => {
  console.log(
    `Web editor: http://127.0.0.1:${port}/admin/ (choose "Login"; saves go into content/: check them with \`git diff\` and \`npm run lint:content\`).`,
  );
});

const stop = () => {
  backend.kill('SIGTERM');
  page.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
backend.on('exit', (code) => {
  if (code) {
    console.error(`decap-server stopped (exit code ${code}); is port 8081 already in use?`);
    stop();
  }
});
