// Ingestion benchmark driver: generates N deterministic, realistic articles (quotes, attributions, paraphrases,
// reactions, page chrome) and posts them to ingestArticles in batches from a few concurrent clients.
// usage: node ingest-driver.mjs http://127.0.0.1:PORT [articles=1000] [batch=20] [clients=4]
const [base, total = '1000', batch = '20', clients = '4'] = process.argv.slice(2);
const AUTH = 'Basic ' + Buffer.from('editor:editor').toString('base64');

let seed = 20240505;
const rnd = () => { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

const people = [
  ['Foreign Minister', 'Anna', 'Kowalska'], ['Prime Minister', 'Jonas', 'Berglund'], ['Senator', 'Maria', 'Ortega'],
  ['Defence Minister', 'Oleksiy', 'Marchenko'], ['Kremlin spokesperson', 'Dmitry', 'Volkov'],
  ['Chancellor', 'Klaus', 'Hartmann'], ['President', 'Luc', 'Moreau'], ['Finance Minister', 'Sofia', 'Rossi'],
  ['opposition leader', 'Tomas', 'Novak'], ['Mayor', 'Helen', 'Carter'], ['Nato Secretary General', 'Erik', 'Dahl'],
  ['Health Minister', 'Priya', 'Raman'], ['Economy Minister', 'Peter', 'Szabo'], ['central bank governor', 'Ines', 'Ferreira'],
  ['union leader', 'Mark', 'Doyle'], ['Interior Minister', 'Yusuf', 'Demir'], ['EU commissioner', 'Lena', 'Fischer'],
  ['Foreign Ministry spokeswoman', 'Irina', 'Sokolova'], ['Energy Minister', 'Paul', 'Lambert'], ['Governor', 'Rosa', 'Diaz'],
];
const outlets = ['Reuters', 'Associated Press', 'Wire Europe', 'The Daily Ledger', 'Capital Times', 'Northern Post'];
const topics = ['the pipeline deal', 'the budget plan', 'the ceasefire proposal', 'the border agreement',
  'the new sanctions package', 'the pension reform', 'the grain corridor', 'the energy price cap'];
const quotes = [
  'We will not accept any deal that leaves our farmers behind', 'This is a historic step for the region',
  'The numbers simply do not add up', 'We are ready to talk, but not at any price',
  'Nobody should be surprised by this decision', 'Our position has not changed and will not change',
  'This plan puts ordinary families first', 'It is absolutely possible that we reach an agreement this week',
  'The government has lost touch with reality', 'We need more time to study the details',
];
const verbs = ['said', 'told reporters', 'said in a statement', 'wrote on social media', 'told parliament'];
const paraVerbs = ['warned', 'said', 'confirmed', 'argued', 'insisted', 'claimed'];
const reactVerbs = [['criticized', 'CRITICIZES'], ['rejected', 'REJECTS'], ['welcomed', 'SUPPORTS'], ['dismissed', 'REJECTS']];
const filler = [
  'The talks are expected to continue next week in Brussels, according to officials familiar with the matter.',
  'Markets reacted cautiously to the news, with the main index closing slightly lower on the day.',
  'The proposal has been debated for months and remains controversial among member states.',
  'Analysts say the outcome could shape the political agenda well into next year.',
  'Several details of the arrangement have not been made public.',
];

function article(i) {
  const cast = [pick(people), pick(people), pick(people)];
  const [a, b, c] = cast;
  const topic = pick(topics);
  const outlet = pick(outlets);
  const q1 = pick(quotes), q2 = pick(quotes), q3 = pick(quotes);
  const [rv, stance] = pick(reactVerbs);
  const paras = [
    'Home | World | Politics | Business | Opinion',
    `${a[0]} ${a[1]} ${a[2]} on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][i % 5]} defended ${topic}, story ${i}.`,
    `\u201c${q1},\u201d ${a[2]} ${pick(verbs)}. \u201c${q2}.\u201d`,
    pick(filler),
    `${b[0]} ${b[1]} ${b[2]} ${pick(paraVerbs)} that ${topic} would cost more than planned.`,
    `${b[2]} ${rv} ${a[2]}\u2019s remarks, calling them \u201c${q3.toLowerCase()}\u201d.`,
    pick(filler),
    `\"${pick(quotes)},\" said ${c[0]} ${c[1]} ${c[2]}. ${pick(filler)}`,
    'Photo: Reuters/Staff',
    'Most Read',
    `${pick(topics)} explained | What next for ${pick(topics)}`,
  ];
  return { title: `${a[2]} defends ${topic} (${i})`, outlet, author: 'Staff reporter',
    url: `https://bench.example/${outlet.replace(/\W+/g, '-').toLowerCase()}/${i}`,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3600_000).toISOString().replace('.000Z', '+00:00'),
    language: 'en', content: paras.join('\n\n') };
}

const articles = Array.from({ length: +total }, (_, i) => article(i));
const kb = articles.reduce((n, a) => n + a.content.length, 0) / 1024;
const batches = [];
for (let i = 0; i < articles.length; i += +batch) batches.push(articles.slice(i, i + +batch));
const mutation = 'mutation($input: IngestArticlesInput!) { ingestArticles(input: $input) { results { created statementsCreated statementsMatched reactionsCreated } } }';

let next = 0, created = 0, statements = 0, matched = 0, reactions = 0;
async function client() {
  while (next < batches.length) {
    const mine = batches[next++];
    const res = await fetch(`${base}/graphql`, { method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: AUTH },
      body: JSON.stringify({ query: mutation, variables: { input: { articles: mine } } }) });
    const body = await res.json();
    if (body.errors) { console.error(JSON.stringify(body.errors)); process.exit(1); }
    for (const r of body.data.ingestArticles.results) {
      created += r.created ? 1 : 0; statements += r.statementsCreated; matched += r.statementsMatched;
      reactions += r.reactionsCreated;
    }
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: +clients }, client));
const seconds = (performance.now() - started) / 1000;

const metrics = await (await fetch(`${base}/q/metrics`)).text();
const metric = (name) => +(metrics.match(new RegExp(`^${name}(\\{[^}]*\\})? ([0-9.eE+-]+)$`, 'm'))?.[2] ?? NaN);
const extractionSeconds = metric('newsgraph_ingest_extraction_seconds_sum');
const chars = metric('newsgraph_ingest_content_chars_total');
console.log(`articles: ${articles.length} (${kb.toFixed(0)} kB raw), ${batches.length} batches of ${batch}, ${clients} clients`);
console.log(`stored: ${created} articles, ${statements} new statements, ${matched} matched to earlier ones, ${reactions} reactions`);
console.log(`throughput: ${(articles.length / seconds).toFixed(1)} articles/s (${seconds.toFixed(1)} s)`);
console.log(`extraction: ${(extractionSeconds * 1000 / (chars / 1024)).toFixed(3)} ms per kB (${(extractionSeconds * 1000).toFixed(0)} ms in the extractor for ${(chars / 1024).toFixed(0)} kB)`);
