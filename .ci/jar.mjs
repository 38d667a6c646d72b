// Starts the packaged jar as a new user would: from an empty temporary folder (so H2 starts empty and loads the
// seed story), on a free port, with an editor whose password the caller knows. Used by browser/run.mjs and
// examples/run.mjs; no dependencies.
//   const app = await startJar(jarPath); ... app.baseUrl, app.editor ...; await app.stop();
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The editor the jar is started with (NEWSGRAPH_EDITOR_PASSWORD); the user name is always editor. */
export const EDITOR = { user: 'editor', password: 'ci-editor-password' };

export async function startJar(jar, { port, readyTimeoutMs = 180_000 } = {}) {
  const listen = port ?? await freePort();
  const workdir = await mkdtemp(join(tmpdir(), 'newsgraph-jar-'));
  const logFile = join(workdir, 'app.log');
  const log = createWriteStream(logFile);
  // the jar runs in the temporary folder: a path relative to the caller's folder is resolved first
  const app = spawn('java', [`-Dquarkus.http.port=${listen}`, '-jar', resolve(jar)], {
    cwd: workdir,
    env: { ...process.env, NEWSGRAPH_EDITOR_PASSWORD: EDITOR.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout.pipe(log);
  app.stderr.pipe(log);
  const exited = new Promise((done) => app.once('exit', done));
  const baseUrl = `http://127.0.0.1:${listen}`;
  const handle = {
    baseUrl,
    editor: EDITOR,
    /** The java process (a test may kill it). */
    pid: app.pid,
    /** The last lines the jar logged. */
    logTail: async (lines = 40) => (await readFile(logFile, 'utf8')).split('\n').slice(-lines).join('\n'),
    stop: async () => {
      if (app.exitCode === null) app.kill('SIGTERM');
      await exited;
      await rm(workdir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) {
      const tail = await handle.logTail();
      await handle.stop();
      throw new Error(`the jar exited with ${app.exitCode} before it was ready:\n${tail}`);
    }
    try {
      if ((await fetch(`${baseUrl}/q/health/ready`)).ok) return handle;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  const tail = await handle.logTail();
  await handle.stop();
  throw new Error(`the jar was not ready after ${readyTimeoutMs / 1000} s:\n${tail}`);
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
