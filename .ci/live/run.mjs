// Live updates and sync across replicas, with real parts: two packaged PostgreSQL jars (prod profile) on one
// real PostgreSQL database created for the test, and real graphql-ws clients.
//  1. a subscriber on A receives an ingestion made through B within 2 s
//  2. a client that disconnects while events keep coming and resumes with its last cursor gets each missed event
//     exactly once, then the live ones
//  3. a rolled-back ingestion (a batch refused half-way) emits nothing
//  4. killing B (SIGKILL) right after its writes loses nothing for A's subscribers
//  5. delivery latency across instances (commit on one, receipt on the other's subscriber; p50/p99) and the event
//     throughput the feed sustained without loss, printed
// usage: node .ci/live/run.mjs path/to/quarkus-run.jar   (built with -Ppostgresql)
//   env LIVE_DB (default live_ci): the database, dropped and created; LIVE_PORT_A, LIVE_PORT_B: fixed ports
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { EDITOR, startJar } from '../jar.mjs';

const jar = resolve(process.argv[2] ?? 'target/quarkus-app/quarkus-run.jar');
const db = process.env.LIVE_DB ?? 'live_ci';
const auth = 'Basic ' + Buffer.from(`${EDITOR.user}:${EDITOR.password}`).toString('base64');
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

execFileSync('psql', ['-q', '-h', '127.0.0.1', '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c',
  `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${db}'`, '-c',
  `drop database if exists ${db}`, '-c', `create database ${db}`],
{ stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PGOPTIONS: '--client-min-messages=warning' } });
process.env.QUARKUS_DATASOURCE_JDBC_URL = `jdbc:postgresql://127.0.0.1:5432/${db}`;
process.env.QUARKUS_DATASOURCE_USERNAME = 'postgres';
process.env.QUARKUS_DATASOURCE_PASSWORD = 'unused';

async function graphql(app, query, variables) {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const CREATE_ACTOR = 'mutation ($input: ActorInput!) { createActor(input: $input) { actor { id } } }';
async function createActor(app, name) {
  const answer = await graphql(app, CREATE_ACTOR, { input: { name, kind: 'PERSON' } });
  if (answer.errors) throw new Error(`createActor: ${JSON.stringify(answer.errors)}`);
  return answer.data.createActor.actor.id;
}

async function newestCursor(app) {
  return (await graphql(app, '{ changes(first: 0) { endCursor } }')).data.changes.endCursor;
}

/** A graphql-ws subscription that records every event with the time it arrived. */
function subscribe(app, query) {
  const client = createClient({ url: app.baseUrl.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket,
    retryAttempts: 0 });
  const sub = { events: [], errors: [], done: false, waiters: [] };
  const notify = () => sub.waiters.splice(0).forEach((w) => w());
  client.subscribe({ query }, {
    next: (value) => {
      if (value.errors) sub.errors.push(value.errors);
      else sub.events.push({ at: Date.now(), change: Object.values(value.data)[0] });
      notify();
    },
    error: (error) => {
      sub.errors.push(error?.message ?? error?.reason ?? JSON.stringify(error));
      sub.done = true;
      notify();
    },
    complete: () => { sub.done = true; notify(); },
  });
  sub.close = () => client.dispose();
  /** Waits until the subscription holds at least n events, or timeoutMs passes. */
  sub.until = async (n, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    while (sub.events.length < n && Date.now() < deadline && !sub.done) {
      await Promise.race([new Promise((w) => sub.waiters.push(w)), sleep(deadline - Date.now())]);
    }
    return sub.events.length >= n;
  };
  return sub;
}

/** Subscribes and waits until it is live: a marker written after it started must arrive. */
async function liveSubscription(app, writer, query) {
  const sub = subscribe(app, query);
  for (let round = 0; round < 60; round++) {
    const marker = await createActor(writer, `Marker ${round} ${Date.now()}`);
    if (await sub.until(1, 1000) && sub.events.some((e) => e.change.nodeId === marker)) {
      sub.events.length = 0;
      return sub;
    }
  }
  throw new Error(`subscription never went live: ${JSON.stringify(sub.errors)}`);
}

const ACTORS = 'subscription { graphChanged(kinds: [ACTOR_CREATED]) { cursor nodeId occurredAt } }';
const ACTORS_AFTER = (cursor) =>
  `subscription { graphChanged(kinds: [ACTOR_CREATED], after: "${cursor}") { cursor nodeId occurredAt } }`;

console.log(`starting two instances of ${jar} on database ${db}`);
// one after the other: the first runs the migrations and loads the seed story
const a = await startJar(jar, { port: process.env.LIVE_PORT_A && +process.env.LIVE_PORT_A });
const b = await startJar(jar, { port: process.env.LIVE_PORT_B && +process.env.LIVE_PORT_B });
let bAlive = true;
try {
  // 1. an ingestion through B reaches A's subscriber within 2 s
  const ingested = subscribe(a, `subscription { articleIngested(after: "${await newestCursor(a)}") {
    cursor occurredAt article { id title } } }`);
  const title = `Replica test ${Date.now()}`;
  const sent = Date.now();
  const answer = await graphql(b, `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
    article { id } } }`, { input: { title, outlet: 'CI', content: `"It is absolutely possible," Ukrainian MP Alexey
    Goncharenko said on ${title}. The Kremlin's Dmitry Peskov warned it would be "very dangerous".` } });
  const got = await ingested.until(1, 10_000);
  const event = ingested.events[0];
  const sinceCommit = got ? event.at - Date.parse(event.change.occurredAt) : Infinity;
  check(got && event.change.article.title === title && sinceCommit <= 2000,
    `1. subscriber on A received the ingestion made through B ${sinceCommit} ms after its commit`
    + ` (${got ? event.at - sent : '-'} ms after the request; article ${answer.data?.ingestArticle.article.id})`);
  ingested.close();

  // 2. disconnect, events keep coming, reconnect with the last cursor: each missed event once, then live ones
  const first = await liveSubscription(a, b, ACTORS);
  const before = [];
  for (let i = 0; i < 5; i++) before.push(await createActor(b, `Before ${i} ${Date.now()}`));
  await first.until(5, 5000);
  const lastCursor = first.events.at(-1).change.cursor;
  first.close();
  const missed = [];
  for (let i = 0; i < 20; i++) missed.push(await createActor(i % 2 ? a : b, `Missed ${i} ${Date.now()}`));
  const resumed = subscribe(a, ACTORS_AFTER(lastCursor));
  await resumed.until(20, 10_000);
  const live = [];
  for (let i = 0; i < 5; i++) live.push(await createActor(b, `Live ${i} ${Date.now()}`));
  await resumed.until(25, 10_000);
  await sleep(500);
  const ids = resumed.events.map((e) => e.change.nodeId);
  check(JSON.stringify(first.events.map((e) => e.change.nodeId)) === JSON.stringify(before),
    `2a. before the disconnect: ${first.events.length} of ${before.length} events`);
  check(JSON.stringify(ids) === JSON.stringify([...missed, ...live]),
    `2b. resumed with after: ${lastCursor}: ${ids.length} events, each of the ${missed.length} missed and`
    + ` ${live.length} live ones exactly once, in order`);
  resumed.close();

  // 3. a rolled-back ingestion emits nothing: a batch whose second article is refused rolls back the first
  const everything = subscribe(a, `subscription { graphChanged(after: "${await newestCursor(a)}") { kind nodeId } }`);
  const refused = await graphql(b, `mutation ($input: IngestArticlesInput!) { ingestArticles(input: $input) {
    results { article { id } } } }`, { input: { articles: [
    { title: `Rolled back ${Date.now()}`, content: '"We will never agree," said Foreign Minister Jan Rolled.' },
    { title: ' ', content: 'A refused article.' }] } });
  const marker = await createActor(b, `After rollback ${Date.now()}`);
  await everything.until(1, 15_000);
  await sleep(1000);
  check(refused.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' && everything.events.length === 1
    && everything.events[0].change.nodeId === marker,
    `3. rolled-back ingestion (${refused.errors?.[0]?.extensions?.code}) emitted nothing: the next event is the`
    + ` marker (${everything.events.map((e) => e.change.kind).join(', ')}${JSON.stringify(everything.errors)})`);
  everything.close();

  // 5. latency across instances: each event committed on B, received by A's subscriber
  const latency = await liveSubscription(a, b, ACTORS);
  for (let i = 0; i < 200; i++) {
    await createActor(b, `Latency ${i} ${Date.now()}`);
  }
  await latency.until(200, 20_000);
  const delays = latency.events.map((e) => e.at - Date.parse(e.change.occurredAt)).sort((x, y) => x - y);
  latency.close();
  check(latency.events.length === 200, `5a. latency sample: ${latency.events.length} of 200 events received`);
  console.log(`latency B commit -> A subscriber over ${delays.length} events: p50 ${percentile(delays, 50)} ms,`
    + ` p99 ${percentile(delays, 99)} ms, max ${delays.at(-1)} ms`);

  // 5. throughput: writers on both instances as fast as they go; subscribers on both must get every event once
  const onA = await liveSubscription(a, b, ACTORS);
  const onB = await liveSubscription(b, a, ACTORS);
  onA.events.length = 0; // onB's markers
  const loadFrom = await newestCursor(a);
  const written = [];
  const started = Date.now();
  const writer = async (app, n) => {
    for (let i = 0; i < 100; i++) written.push(await createActor(app, `Load ${n} ${i} ${Date.now()}`));
  };
  await Promise.all([writer(a, 0), writer(a, 1), writer(b, 2), writer(b, 3), writer(a, 4), writer(b, 5)]);
  const writing = (Date.now() - started) / 1000;
  await Promise.all([onA.until(written.length, 30_000), onB.until(written.length, 30_000)]);
  const lossless = (sub) => {
    const seen = sub.events.map((e) => e.change.nodeId);
    const cursors = sub.events.map((e) => Number(e.change.cursor));
    return seen.length === written.length && new Set(seen).size === seen.length
      && written.every((id) => seen.includes(id)) && cursors.every((c, i) => i === 0 || c > cursors[i - 1]);
  };
  const delivered = (Math.max(onA.events.at(-1)?.at ?? 0, onB.events.at(-1)?.at ?? 0) - started) / 1000;
  check(lossless(onA) && lossless(onB), `5b. ${written.length} events written through both instances in`
    + ` ${writing.toFixed(1)} s: A's and B's subscribers each received all, once, in cursor order`
    + ` (${onA.events.length}, ${onB.events.length})`);
  console.log(`live throughput: ${written.length} events in ${delivered.toFixed(1)} s delivered without loss to both`
    + ` instances: ${(written.length / delivered).toFixed(0)} events/s (6 writers, one change per transaction: the`
    + ` writers are the limit)`);
  onA.close();
  onB.close();
  // the feed's own pace: a new subscriber replaying the same events from the table
  const replayStart = Date.now();
  const replay = subscribe(b, ACTORS_AFTER(loadFrom));
  await replay.until(written.length, 60_000);
  const replayed = (replay.events.at(-1).at - replayStart) / 1000;
  check(JSON.stringify(replay.events.map((e) => e.change.nodeId)) === JSON.stringify(onA.events.map((e) =>
    e.change.nodeId)), `5c. a new subscriber on B replayed the ${replay.events.length} events in A's order`);
  console.log(`replay throughput: ${replay.events.length} events in ${replayed.toFixed(1)} s to one new subscriber:`
    + ` ${(replay.events.length / replayed).toFixed(0)} events/s`);
  replay.close();

  // 4. kill B right after its writes: A's subscriber still gets them all, and A's own writes after
  const survivor = await liveSubscription(a, b, ACTORS);
  const fromB = [];
  for (let i = 0; i < 20; i++) fromB.push(await createActor(b, `Before kill ${i} ${Date.now()}`));
  process.kill(b.pid, 'SIGKILL');
  bAlive = false;
  const fromA = [];
  for (let i = 0; i < 10; i++) fromA.push(await createActor(a, `After kill ${i} ${Date.now()}`));
  await survivor.until(30, 10_000);
  check(JSON.stringify(survivor.events.map((e) => e.change.nodeId)) === JSON.stringify([...fromB, ...fromA]),
    `4. B killed (SIGKILL) after ${fromB.length} writes: A's subscriber received those and A's ${fromA.length}`
    + ` later ones, each once (${survivor.events.length} events)`);
  survivor.close();
} catch (error) {
  failures++;
  console.log(`FAIL ${error.stack}`);
  console.log(`--- A's log:\n${await a.logTail(60)}`);
  if (bAlive) console.log(`--- B's log:\n${await b.logTail(60)}`);
} finally {
  await a.stop();
  await b.stop();
}
console.log(failures === 0 ? 'live replicas: all checks passed' : `live replicas: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
