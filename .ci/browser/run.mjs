// Newsgraph's browser suite: starts the packaged jar from an empty temporary folder on a free port (../jar.mjs),
// then runs every *.spec.mjs in this folder with node:test (one file at a time) against it, in Debian's Chromium
// (helpers.mjs). Screenshots go to target/browser/ under the repository. Exit code: the tests'.
//   node .ci/browser/run.mjs [path/to/quarkus-run.jar]     (default: target/quarkus-app/quarkus-run.jar)
// Environment: BROWSER_PORT (default: a free port), CHROMIUM (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startJar } from '../jar.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, '..', '..');
const jar = resolve(process.argv[2] ?? join(repository, 'target/quarkus-app/quarkus-run.jar'));
const specs = (await readdir(here)).filter((name) => name.endsWith('.spec.mjs')).sort();
if (specs.length === 0) throw new Error(`no *.spec.mjs in ${here}`);

const app = await startJar(jar, { port: process.env.BROWSER_PORT && Number(process.env.BROWSER_PORT) });
console.log(`jar ready at ${app.baseUrl} (${jar}); specs: ${specs.join(', ')}`);
let exitCode = 1;
try {
  exitCode = await new Promise((done) => spawn(process.execPath, ['--test', '--test-concurrency=1', ...specs], {
    cwd: here,
    env: {
      ...process.env,
      NEWSGRAPH_BASE_URL: app.baseUrl,
      NEWSGRAPH_EDITOR_USER: app.editor.user,
      NEWSGRAPH_EDITOR_PASSWORD: app.editor.password,
      NEWSGRAPH_SCREENSHOTS: join(repository, 'target', 'browser'),
    },
    stdio: 'inherit',
  }).once('exit', (code) => done(code ?? 1)));
} finally {
  if (exitCode !== 0) console.error(`--- jar log (last 40 lines)\n${await app.logTail()}`);
  await app.stop();
}
process.exit(exitCode);
