// GraphQL load and probe client for .ci/faults.sh (Node 20, no dependencies: global fetch).
//   node client.mjs load URL RUN CLIENTS SECONDS OUT.json  concurrent createStatement-with-citation mutations,
//        each with a unique marker text; records which ones were acknowledged (answer with an id, no error)
//   node client.mjs burst URL N                             N concurrent reads; prints {ok, failed, maxMs}
//   node client.mjs mutate URL RUN                          one createStatement; exit 0 when acknowledged
const [mode, url, ...args] = process.argv.slice(2);
const AUTH = 'Basic ' + Buffer.from('editor:editor').toString('base64');
const TIMEOUT_MS = 60_000;

async function gql(query, variables) {
  const started = Date.now();
  try {
    const res = await fetch(url, {
      method: 'POST', signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: AUTH },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}, not JSON` }] }));
    return { ...body, ms: Date.now() - started };
  } catch (e) {
    return { errors: [{ message: `no answer: ${e.name}` }], ms: Date.now() - started, network: true };
  }
}

const CREATE_STATEMENT = `mutation ($input: StatementInput!) {
  createStatement(input: $input) { statement { id citations { id } } } }`;

async function fixture(run) {
  const body = `Fault test ${run} (${process.pid}): the statements below cite this sentence.`;
  const article = await gql(`mutation ($input: ArticleInput!) { createArticle(input: $input) { article { id } } }`,
    { input: { title: `Fault test ${run}`, body } });
  const actor = await gql(`mutation ($input: ActorInput!) { createActor(input: $input) { actor { id } } }`,
    { input: { name: `Fault tester ${run}`, kind: 'PERSON' } });
  if (article.errors || actor.errors) throw new Error(JSON.stringify([article.errors, actor.errors]));
  return { articleId: article.data.createArticle.article.id, speakerId: actor.data.createActor.actor.id };
}

function statementInput(fx, marker) {
  return { input: { speakerId: fx.speakerId, kind: 'PARAPHRASE', text: marker,
    citations: [{ articleId: fx.articleId, startOffset: 0, endOffset: 10 }] } };
}

async function load([run, clients, seconds, out]) {
  const fx = await fixture(run);
  const until = Date.now() + Number(seconds) * 1000;
  const acked = [], failed = [], errors = {};
  await Promise.all(Array.from({ length: Number(clients) }, async (_, c) => {
    for (let n = 0; Date.now() < until; n++) {
      const marker = `fault-${run}-${c}-${n}`;
      const r = await gql(CREATE_STATEMENT, statementInput(fx, marker));
      const statement = r.data?.createStatement?.statement;
      if (!r.errors && statement?.id && statement.citations.length === 1) {
        acked.push(marker);
      } else {
        failed.push(marker);
        const key = r.errors?.[0]?.extensions?.code ?? r.errors?.[0]?.message ?? 'no statement';
        errors[key] = (errors[key] ?? 0) + 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(out, JSON.stringify({ sent: acked.length + failed.length, acked, failed, errors }));
  console.log(`load: sent ${acked.length + failed.length}, acknowledged ${acked.length}, failed ${failed.length}`,
    JSON.stringify(errors));
}

async function burst([n]) {
  const results = await Promise.all(Array.from({ length: Number(n) },
    () => gql('{ articles(first: 5) { totalCount nodes { id title } } }')));
  const ok = results.filter((r) => !r.errors && r.data?.articles?.totalCount >= 0).length;
  const codes = [...new Set(results.filter((r) => r.errors).map((r) => r.errors[0].extensions?.code
    ?? r.errors[0].message))];
  console.log(JSON.stringify({ ok, failed: results.length - ok, maxMs: Math.max(...results.map((r) => r.ms)),
    network: results.filter((r) => r.network).length, codes }));
}

async function mutate([run]) {
  const fx = await fixture(run);
  const r = await gql(CREATE_STATEMENT, statementInput(fx, `fault-${run}-single`));
  process.exit(r.errors ? 1 : 0);
}

await ({ load, burst, mutate }[mode] ?? (() => { throw new Error(`unknown mode ${mode}`); }))(args);
