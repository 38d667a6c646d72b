// The attack suite (issue 17): hostile requests against the packaged jar, each class timed to its refusal while a
// probe query keeps asking for one article; prints a table and fails when a refusal is wrong or a bound is missed.
//   node .ci/attack/run.mjs <label> <path to quarkus-run.jar>   (QUARKUS_DATASOURCE_* in the environment for a
//   PostgreSQL build)
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { connect } from 'node:net';
import { startJar } from '../jar.mjs';

const [label, jar] = process.argv.slice(2);
const REFUSAL_MS = 3_000; // longest a refusal may take, the slowest of parallel ones included
const PROBE_MS = 3_000; // longest the probe may wait during an attack
const PROBE = '{ articles(first: 1) { nodes { id title } } }';

const app = await startJar(jar);
const url = `${app.baseUrl}/graphql`;
const rows = [];
const failures = [];

function post(body, { headers = {}, accept = 'application/json' } = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Runs the probe query every 100 ms until stopped; resolves to the slowest answer's milliseconds. */
function probe() {
  let running = true;
  let slowest = 0;
  let answered = 0;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const response = await post({ query: PROBE });
      const json = await response.json();
      if (!json.data?.articles) throw new Error(`the probe failed: ${JSON.stringify(json)}`);
      slowest = Math.max(slowest, performance.now() - started);
      answered++;
      await new Promise((wait) => setTimeout(wait, 100));
    }
    return { slowest, answered };
  })();
  return async () => { running = false; return done; };
}

/** One attack class: runs attack() during a probe, checks what it returns, records the row. */
async function attackClass(name, description, attack) {
  const stopProbe = probe();
  const started = performance.now();
  let outcome;
  try {
    outcome = await attack();
  } catch (e) {
    outcome = { ok: false, refusal: `threw ${e.message}` };
  }
  const elapsed = performance.now() - started;
  const { slowest, answered } = await stopProbe();
  const within = (outcome.elapsed ?? elapsed) <= (outcome.bound ?? REFUSAL_MS) && slowest <= PROBE_MS;
  rows.push({ name, description, refusal: outcome.refusal, ms: Math.round(outcome.elapsed ?? elapsed),
    probe: Math.round(slowest), probes: answered, ok: outcome.ok && within });
  if (!outcome.ok || !within) failures.push(name);
}

async function refusal(response, status, code) {
  const json = await response.json().catch(() => ({}));
  const got = json.errors?.[0]?.extensions?.code;
  return { ok: response.status === status && got === code && !json.data, refusal: `${response.status} ${got}` };
}

/** Sends n copies at once; ok when every one is refused as expected. */
async function parallel(n, send, status, code) {
  const results = await Promise.all(Array.from({ length: n }, async () => refusal(await send(), status, code)));
  return { ok: results.every((r) => r.ok), refusal: `${n} x ${results[0].refusal}` };
}

const fanOut = ['{ ...G39 } fragment G0 on Query { __typename }',
  ...Array.from({ length: 39 }, (_, i) => `fragment G${i + 1} on Query { ...G${i} ...G${i} }`)].join(' ');
const levels = (n) => `{ actors(first: ${n}) { nodes { statements(first: ${n}) { articles(first: ${n}) {`
  + ` actors(first: ${n}) { statements(first: ${n}) { text } } } } } } }`;

try {
  // warm-up: the first requests of a fresh JVM are slow whatever they are
  for (let i = 0; i < 30; i++) await (await post({ query: PROBE })).json();
  // before the failed logins: they throttle every request of this client that carries credentials for a minute
  await attackClass('large ingestion', 'a 99,000-character article, a quoted statement in each paragraph',
    async () => {
      const auth = `Basic ${Buffer.from(`editor:${app.editor.password}`).toString('base64')}`;
      // varied paragraphs with a quote each: uniform repeated lines are cleaned away as boilerplate
      const words = ['budget', 'minister', 'council', 'harbour', 'election', 'treaty', 'school', 'railway'];
      let content = '';
      for (let i = 0; content.length < 99_000; i++) {
        const w = (k) => words[(i * 7 + k * 3) % words.length];
        content += `The ${w(1)} debate continued on day ${i} as Maria Novak${i % 30} of the ${w(2)} committee`
          + ` spoke. "We cannot accept the ${w(3)} plan number ${i} as it stands," said Maria Novak${i % 30}.`
          + ` Officials from the ${w(4)} office declined to comment on the ${w(5)} figures.\n\n`;
      }
      const started = performance.now();
      const response = await post({
        query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created statementsCreated } }',
        variables: { input: { title: 'A long article', outlet: 'Attack Wire', url: 'https://example.org/attack-long',
          publishedAt: '2024-05-06T12:00:00+02:00', content: content.slice(0, 99_000) } },
      }, { headers: { authorization: auth } });
      const elapsed = performance.now() - started;
      const json = await response.json();
      const stored = json.data?.ingestArticle;
      const code = json.errors?.[0]?.extensions?.code;
      // not a refusal to time: stored, or stopped at the request timeout, while the probe keeps answering
      return { ok: Boolean(stored) || code === 'TIMEOUT', elapsed, bound: 30_000,
        refusal: stored ? `stored: ${stored.statementsCreated} statements` : `${response.status} ${code}` };
    });
  await attackClass('fragment fan-out', '4 parallel: 40 fragments each spreading the previous twice',
    () => parallel(4, () => post({ query: fanOut }), 200, 'GRAPHQL_VALIDATION_FAILED'));
  await attackClass('row cost', '4 parallel: 5 levels of first: 100 (10^10 rows)',
    () => parallel(4, () => post({ query: levels(100) }), 200, 'GRAPHQL_VALIDATION_FAILED'));
  await attackClass('row cost (40/level)', '8 parallel: 5 levels of first: 40',
    () => parallel(8, () => post({ query: levels(40) }), 200, 'GRAPHQL_VALIDATION_FAILED'));
  await attackClass('depth', 'a query 16 levels deep (graphql-response+json)',
    async () => refusal(await post({ query: `{ actors(first: 1) { nodes { ${'affiliation { '.repeat(13)}name`
      + `${' }'.repeat(13)} } } }` }, { accept: 'application/graphql-response+json' }), 400,
      'GRAPHQL_VALIDATION_FAILED'));
  for (const [what, body] of [['variables a string', '{"query":"{ __typename }","variables":"{}"}'],
    ['variables a list', '{"query":"{ __typename }","variables":[1,2]}'],
    ['operationName a number', '{"query":"{ __typename }","operationName":5}']]) {
    await attackClass('malformed request', what, async () => refusal(await post(body), 400, 'BAD_REQUEST'));
  }
  await attackClass('unparseable document', '{ articles(first: ) }',
    async () => refusal(await post({ query: '{ articles(first: ) }' }), 200, 'GRAPHQL_PARSE_FAILED'));
  await attackClass('failed logins', '30 wrong passwords, then the right one', async () => {
    const basic = (password) => ({ authorization: `Basic ${Buffer.from(`editor:${password}`).toString('base64')}` });
    const statuses = [];
    // a mutation: queries are public, so only an operation that needs the caller makes Quarkus check the password
    const mutation = {
      query: 'mutation { createActor(input: {name: "Guessing Attacker", kind: PERSON}) { actor { id } } }' };
    for (let i = 0; i < 30; i++) statuses.push((await post(mutation, { headers: basic(`guess${i}`) })).status);
    const right = await post(mutation, { headers: basic(app.editor.password) });
    const throttledAt = statuses.indexOf(429);
    const ok = statuses.slice(0, 10).every((s) => s === 401) && throttledAt === 10
      && statuses.slice(10).every((s) => s === 429) && right.status === 429;
    const runs = statuses.reduce((r, s) => (r.at(-1)?.[0] === s ? r.at(-1)[1]++ : r.push([s, 1]), r), []);
    const answers = runs.map(([s, n]) => `${n} x ${s}`).join(', ');
    return { ok, refusal: `${answers}; then the right password: ${right.status}` };
  });
  await attackClass('WebSocket fan-out', 'the fragment fan-out as a subscription over graphql-ws',
    () => overWebSocket(fanOut.replace('{ ...G39 }', 'subscription { ...G39 }').replace(/on Query/g, 'on Subscription')
      .replace('G0 on Subscription { __typename }', 'G0 on Subscription { articleIngested { id } }')));
  await attackClass('WebSocket row cost', 'the 5-level query over graphql-ws', () => overWebSocket(levels(100)));
  await attackClass('WebSocket anonymous mutation', 'a mutation over graphql-ws without credentials',
    () => overWebSocket('mutation { deleteArticle(input: {id: "1"}) { deletedArticleId } }', 'UNAUTHENTICATED'));
  await attackClass('WebSocket connections', '40 sockets from one client (16 allowed)', async () => {
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => new Promise((done) => {
      const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      socket.on('open', () => done({ socket, status: 101 }));
      socket.on('unexpected-response', (request, response) => done({ status: response.statusCode }));
      socket.on('error', () => done({ status: 0 }));
    })));
    const opened = outcomes.filter((o) => o.status === 101).length;
    const refused = outcomes.filter((o) => o.status === 429).length;
    outcomes.forEach((o) => o.socket?.terminate());
    return { ok: opened === 16 && refused === 24, refusal: `${opened} opened, ${refused} x 429` };
  });
  await attackClass('slow headers', '100 connections sending half a request, then the probe', async () => {
    const sockets = await Promise.all(Array.from({ length: 100 }, () => new Promise((opened) => {
      const socket = connect(new URL(url).port, '127.0.0.1', () => {
        socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n`);
        opened(socket);
      });
      socket.on('error', () => {});
    })));
    const started = performance.now();
    const response = await post({ query: PROBE });
    const elapsed = performance.now() - started;
    sockets.forEach((socket) => socket.destroy());
    return { ok: response.status === 200, refusal: `probe ${response.status} beside 100 open half-requests`,
      elapsed };
  });
} finally {
  console.log(`\n${label}: attack classes against the packaged jar (probe: ${PROBE})\n`);
  console.log('| class | attack | answer | time to refusal (ms) | slowest probe during it (ms) | probes | ok |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.description} | ${r.refusal} | ${r.ms} | ${r.probe} | ${r.probes} | `
      + `${r.ok ? 'yes' : 'NO'} |`);
  }
  if (failures.length) console.log(`\n${await app.logTail(30)}`);
  await app.stop();
}
if (failures.length) {
  console.error(`\n${label}: ${failures.length} attack classes not refused within bounds: ${failures.join(', ')}`);
  process.exit(1);
}

/** Sends one operation over graphql-ws; ok when it ends in an error with the code. */
async function overWebSocket(query, code = 'GRAPHQL_VALIDATION_FAILED') {
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0,
    lazy: true });
  try {
    const errors = await new Promise((done) => {
      client.subscribe({ query }, {
        next: (result) => { if (result.errors) done(result.errors); },
        error: (e) => done(Array.isArray(e) ? e : [{ message: String(e?.reason ?? e?.message ?? e) }]),
        complete: () => done([]),
      });
    });
    const got = errors[0]?.extensions?.code;
    return { ok: got === code, refusal: got ?? (errors[0]?.message ?? 'no error').slice(0, 60) };
  } finally {
    await client.dispose();
  }
}
