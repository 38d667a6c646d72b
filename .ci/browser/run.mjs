// Newsgraph's browser suite: starts the packaged jar from an empty temporary folder on a free port, waits until it
// is ready, then runs every *.spec.mjs in this folder with node:test (one file at a time) against it, in Debian's
// Chromium (helpers.mjs). Screenshots go to target/browser/ under the repository. Exit code: the tests'.
//   node .ci/browser/run.mjs [path/to/quarkus-run.jar]     (default: target/quarkus-app/quarkus-run.jar)
// Environment: BROWSER_PORT (default: a free port), CHROMIUM (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, '..', '..');
const jar = resolve(process.argv[2] ?? join(repository, 'target/quarkus-app/quarkus-run.jar'));
const port = Number(process.env.BROWSER_PORT ?? await freePort());
const baseUrl = `http://127.0.0.1:${port}`;
const editor = { user: 'editor', password: 'browser-suite-editor' };

const workdir = await mkdtemp(join(tmpdir(), 'newsgraph-browser-'));
const logFile = join(workdir, 'app.log');
const log = createWriteStream(logFile);
const app = spawn('java', [`-Dquarkus.http.port=${port}`, '-jar', jar], {
  cwd: workdir,
  env: { ...process.env, NEWSGRAPH_EDITOR_USER: editor.user, NEWSGRAPH_EDITOR_PASSWORD: editor.password },
  stdio: ['ignore', 'pipe', 'pipe'],
});
app.stdout.pipe(log);
app.stderr.pipe(log);
let exitCode = 1;
try {
  await ready(`${baseUrl}/q/health/ready`, 180_000);
  console.log(`jar ready at ${baseUrl} (${jar})`);
  const specs = (await readdir(here)).filter((name) => name.endsWith('.spec.mjs')).sort();
  if (specs.length === 0) throw new Error(`no *.spec.mjs in ${here}`);
  exitCode = await run(process.execPath, ['--test', '--test-concurrency=1', ...specs], {
    cwd: here,
    env: {
      ...process.env,
      NEWSGRAPH_BASE_URL: baseUrl,
      NEWSGRAPH_EDITOR_USER: editor.user,
      NEWSGRAPH_EDITOR_PASSWORD: editor.password,
      NEWSGRAPH_SCREENSHOTS: join(repository, 'target', 'browser'),
    },
    stdio: 'inherit',
  });
} catch (error) {
  console.error(`browser suite: ${error.message}`);
} finally {
  app.kill('SIGTERM');
  await new Promise((done) => (app.exitCode !== null ? done() : app.once('exit', done)));
  if (exitCode !== 0) {
    console.error('--- jar log (last 40 lines)');
    console.error((await readFile(logFile, 'utf8')).split('\n').slice(-40).join('\n'));
  }
  await rm(workdir, { recursive: true, force: true });
}
process.exit(exitCode);

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => done(free));
    });
  });
}

async function ready(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the jar exited with ${app.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`not ready after ${timeoutMs / 1000} s: ${url}`);
}

function run(command, args, options) {
  return new Promise((done) => spawn(command, args, options).once('exit', (code) => done(code ?? 1)));
}
