// Runs every GraphQL example a user can copy against the packaged jar (started by ../jar.mjs from an empty folder,
// so on the seed story): each ```graphql block of README.md and docs/*.md, in file order, and each example of the
// examples page (/examples.html). A block's variables are on one comment line inside it:
// # variables: {"name": "Macron"}; a value "<previous:path>" stands for what the example before it answered there
// ("<previous:createActor.actor.id>"), as the text around such an example tells its reader.
// Queries and mutations must answer data without errors; mutations run as the editor. Subscriptions are
// validated against the server's schema (their events are LiveSubscriptionTest's part). Prints one line per
// example and ends with "N passed, N failed".
//   node .ci/examples/run.mjs [path/to/quarkus-run.jar]
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { startJar } from '../jar.mjs';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const jar = resolve(process.argv[2] ?? join(repository, 'target/quarkus-app/quarkus-run.jar'));

/** The ```graphql blocks of a Markdown file, with the line each starts on and its variables. */
function examplesIn(markdown, file) {
  const examples = [];
  const fence = /^```graphql[^\n]*\n([\s\S]*?)^```/gm;
  for (let m = fence.exec(markdown); m; m = fence.exec(markdown)) {
    const line = markdown.slice(0, m.index).split('\n').length;
    const text = m[1];
    const variablesLine = text.match(/^\s*#\s*variables:\s*(.*)$/m);
    examples.push({ where: `${file}:${line}`, query: text, variables: variablesLine?.[1] });
  }
  return examples;
}

/** A "<previous:a.b.c>" value as the previous example's data has it at a.b.c; any other value as it is. */
function earlier(data, value) {
  const reference = typeof value === 'string' && value.match(/^<previous:([\w.]+)>$/);
  if (!reference) return value;
  const found = reference[1].split('.').reduce((at, key) => at?.[key], data);
  if (found === undefined) throw new Error(`the previous example answered nothing at ${reference[1]}`);
  return found;
}

/** The examples page's examples: ["title", `query`] pairs in its script. */
function landingExamples(html) {
  return [...html.matchAll(/\["([^"]+)", `([^`]*)`]/g)].map((m) => ({ where: `examples page: ${m[1]}`, query: m[2] }));
}

const files = ['README.md', ...(await readdir(join(repository, 'docs'))).filter((f) => f.endsWith('.md')).sort()
  .map((f) => join('docs', f))];
const examples = [];
for (const file of files) examples.push(...examplesIn(await readFile(join(repository, file), 'utf8'), file));

const app = await startJar(jar);
let passed = 0;
let failed = 0;
try {
  const post = async (body, asEditor) => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (asEditor) {
      headers.Authorization = `Basic ${Buffer.from(`${app.editor.user}:${app.editor.password}`).toString('base64')}`;
    }
    const response = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, json: await response.json() };
  };
  const landing = await (await fetch(`${app.baseUrl}/examples.html`)).text();
  examples.push(...landingExamples(landing));
  const introspection = await post({ query: getIntrospectionQuery() });
  const schema = buildClientSchema(introspection.json.data);

  let previous = {};
  for (const example of examples) {
    let problem;
    try {
      const document = parse(example.query);
      const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
      if (operations.some((o) => o.operation === 'subscription')) {
        const errors = validate(schema, document);
        problem = errors.length ? errors.map((e) => e.message).join('; ') : undefined;
      } else {
        const mutation = operations.some((o) => o.operation === 'mutation');
        const variables = example.variables === undefined ? undefined
          : JSON.parse(example.variables, (key, value) => earlier(previous, value));
        const { status, json } = await post({ query: example.query, variables }, mutation);
        previous = json.data ?? {};
        if (status !== 200 || json.errors || !json.data) {
          problem = `HTTP ${status}: ${JSON.stringify(json).slice(0, 600)}`;
        }
      }
    } catch (error) {
      problem = error.message;
    }
    if (problem) {
      failed++;
      console.log(`FAIL ${example.where}: ${problem}`);
    } else {
      passed++;
      console.log(`ok   ${example.where}`);
    }
  }
  if (examples.length === 0) {
    failed++;
    console.log('FAIL no examples found');
  }
} finally {
  if (failed) console.error(`--- jar log (last 20 lines)\n${await app.logTail(20)}`);
  await app.stop();
}
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
