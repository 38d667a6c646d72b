// The analyst's workbench at / on the seed story, in Chromium against the packaged jar: each view shows the facts
// the story is known for, the editor ingests an article, exports parse, and every view works at phone width.
// Screenshots: target/browser/workbench-VIEW.png (1280 px) and workbench-VIEW-phone.png (390 px).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { baseUrl, editor, launch, screenshot } from './helpers.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser;
let page;
const pageErrors = [];

before(async () => {
  browser = await launch();
  page = browser.page;
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize(DESKTOP);
});

after(async () => {
  await browser?.close();
});

/** Opens a view of the workbench and waits until it has rendered (its h1, no loading line). */
async function open(hash) {
  await page.goto(`${baseUrl}/${hash}`);
  await page.locator('main h1').waitFor();
  await page.locator('main .loading').waitFor({ state: 'detached' });
  assert.equal(await page.locator('main .error').count(), 0, await page.locator('main').innerText());
}

/** Screenshots the view at 1280 px, then at phone width, where nothing may stick out sideways but a table scroller. */
async function shoot(name) {
  await screenshot(page, `workbench-${name}`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await screenshot(page, `workbench-${name}-phone`);
  await page.setViewportSize(DESKTOP);
  assert.ok(overflow <= 0, `${name} is ${overflow} px wider than a phone`);
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(button) {
  const downloading = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** The rows of a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      rows.at(-1).push(cell); cell = ''; rows.push([]); i++;
    } else cell += c;
  }
  assert.equal(quoted, false, 'an unclosed quote');
  if (rows.at(-1).length === 0 && cell === '') rows.pop(); else rows.at(-1).push(cell);
  const [header, ...body] = rows;
  for (const row of body) assert.equal(row.length, header.length, `row ${row} has ${row.length} cells`);
  return body.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]])));
}

test('search: one box finds Goncharenko under another spelling, his statements and articles, grouped by type',
  async () => {
    await open('#/search');
    await page.getByRole('searchbox').fill('Aleksey Goncharenko');
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'Search: Aleksey Goncharenko' }).waitFor();
    const actors = page.getByRole('region', { name: 'Actors' });
    await actors.getByRole('link', { name: 'Oleksiy Goncharenko' }).waitFor();
    await open('#/search?q=signal');
    const statements = page.getByRole('region', { name: 'Statements' });
    assert.match(await statements.innerText(), /very good signal — Oleksiy Goncharenko/);
    assert.match(await statements.innerText(), /good signal — Emmanuel Macron/);
    assert.match(await page.getByRole('region', { name: 'Articles' }).innerText(), /RT/);
    await shoot('search');

    const csv = await download(statements.getByRole('button', { name: 'CSV' }));
    assert.equal(csv.name, 'search-signal-statements.csv');
    const rows = parseCsv(csv.text);
    assert.deepEqual(rows.map((r) => r.text).sort(), ['good signal', 'very good signal']);
    const json = await download(statements.getByRole('button', { name: 'JSON' }));
    assert.deepEqual(JSON.parse(json.text).map((r) => r.speaker).sort(), ['Emmanuel Macron', 'Oleksiy Goncharenko']);
  });

test('story: "good signal" and "very good signal" side by side, the speaker disagreement flagged', async () => {
  await open('#/story?articles=1,2');
  const header = page.locator('table.coverage thead th');
  assert.deepEqual(await header.allInnerTexts(), ['Statement', 'Dagens.com', 'RT']);
  const row = page.locator('table.coverage tbody tr', { hasText: 'very good signal' });
  assert.equal(await row.count(), 1);
  const cells = await row.locator('td blockquote').allInnerTexts();
  assert.equal(cells.length, 2);
  assert.match(cells[0], /^good signal\n— Emmanuel Macron$/);
  assert.match(cells[1], /^very good signal\n— Oleksiy Goncharenko$/);
  assert.deepEqual(await row.locator('mark.diff').allInnerTexts(), ['very'], 'the word only RT has');
  assert.equal(await row.locator('.flag.disagreement').innerText(), 'Disagreement (speaker, wording): Dagens.com '
    + 'attributes "good signal" to Emmanuel Macron; RT attributes "very good signal" to Oleksiy Goncharenko');
  const summary = await page.locator('p.summary').innerText();
  const single = Number(summary.match(/(\d+) by only one/)[1]);
  // Each single-outlet statement is marked, except the two accounts the disagreement row puts side by side.
  assert.equal(await page.locator('.flag.single').count(), single - 2);
  assert.match(await page.locator('tr', { hasText: 'nothing will remain' }).innerText(), /Only RT reports this/);
  await shoot('story');

  const coverage = parseCsv((await download(page.locator('p.summary').getByRole('button', { name: 'CSV' }))).text);
  const signal = coverage.find((r) => r.RT === 'very good signal');
  assert.equal(signal['Dagens.com'], 'good signal');
  assert.equal(signal.speakers, 'Emmanuel Macron; Oleksiy Goncharenko');
  assert.match(signal.disagreement, /attributes "good signal" to Emmanuel Macron/);
  const json = JSON.parse((await download(page.locator('p.summary').getByRole('button', { name: 'JSON' }))).text);
  assert.equal(json.length, coverage.length);
});

for (const [id, outlet] of [['1', 'Dagens.com'], ['2', 'RT']]) {
  test(`reader: the ${outlet} article highlights all 29 of its citations, coloured by kind`, async () => {
    await open(`#/article/${id}`);
    const cited = await page.locator('article.body a.cited').evaluateAll((marks) => marks.map((m) => ({
      ids: m.dataset.citations.split(' '), kind: m.className, text: m.textContent })));
    const highlighted = new Set(cited.flatMap((m) => m.ids));
    assert.equal(highlighted.size, 29);
    const listed = page.locator('aside.citations ol > li');
    assert.equal(await listed.count(), 29);
    assert.deepEqual(new Set(await listed.evaluateAll((items) => items.map((li) => li.id.replace('citation-', '')))),
      highlighted);
    for (const kind of ['quote', 'paraphrase', 'reaction']) {
      assert.ok(cited.some((m) => m.kind.includes(`kind-${kind}`)), `a ${kind} highlighted`);
    }
    const quote = id === '1' ? 'good signal' : 'very good signal';
    const mark = page.locator('article.body a.cited.kind-quote', { hasText: new RegExp(`^${quote}$`) });
    await mark.click();
    const target = page.locator('aside.citations li:target');
    assert.match(await target.innerText(), new RegExp(`^quote (Emmanuel Macron|Oleksiy Goncharenko) ${quote} \\[`));
    await target.getByRole('link').first().waitFor();
    await shoot(`reader-${outlet.toLowerCase().replace('.', '')}`);
  });
}

test("actor page: Macron's details, statements over time, reactions received counted by stance, outlets", async () => {
  await open('#/search?q=macron');
  await page.getByRole('region', { name: 'Actors' }).getByRole('link', { name: 'Emmanuel Macron' }).click();
  await page.locator('main h1', { hasText: 'Emmanuel Macron' }).waitFor();
  const facts = await page.locator('dl.facts').innerText();
  assert.match(facts, /Kind\s+person/);
  assert.match(facts, /Affiliation\s+France/);
  assert.ok(await page.locator('ol.timeline time').count() >= 1);
  const received = page.locator('section', { has: page.locator('h2', { hasText: 'Reactions received' }) });
  const total = Number((await received.locator('h2').innerText()).match(/\((\d+)\)/)[1]);
  assert.ok(total >= 15, `reactions received: ${total}`);
  const counted = await received.locator('.counts > span').allInnerTexts();
  assert.equal(counted.reduce((sum, text) => sum + Number(text.match(/(\d+)/)[1]), 0), total);
  assert.ok(counted.some((text) => /rejects\s+10/.test(text)), counted.join(' | '));
  const outlets = await page.locator('section', { has: page.locator('h2', { hasText: 'Outlets quoting' }) })
    .innerText();
  assert.match(outlets, /Dagens\.com: \d+ citations?/);
  assert.match(outlets, /RT: \d+ citations?/);
  await shoot('actor-macron');

  const statements = page.locator('section', { has: page.locator('h2', { hasText: 'Statements over time' }) });
  const csv = parseCsv((await download(statements.getByRole('button', { name: 'CSV' }))).text);
  assert.ok(csv.some((r) => r.text === 'good signal' && r.outlets === 'Dagens.com'), JSON.stringify(csv));
});

test('graph: actors, statements and reactions around Macron, edges coloured by stance', async () => {
  await open('#/search?q=macron');
  await page.getByRole('region', { name: 'Actors' }).getByRole('link', { name: 'Emmanuel Macron' }).click();
  await page.getByRole('link', { name: 'See in the graph' }).click();
  const canvas = page.locator('div.graph[data-nodes]');
  await canvas.waitFor();
  assert.ok(Number(await canvas.getAttribute('data-nodes')) >= 20);
  assert.ok(Number(await canvas.getAttribute('data-edges')) >= 20);
  assert.equal(await canvas.locator('canvas').count() > 0, true, 'cytoscape drew');
  const legend = await page.locator('p.legend .stance').allInnerTexts();
  for (const stance of ['said', 'rejects', 'warns']) assert.ok(legend.includes(stance), legend.join(', '));
  const edges = parseCsv((await download(page.locator('p.legend').getByRole('button', { name: 'CSV' }))).text);
  assert.ok(edges.some((e) => e.from === 'Slovakia' && e.relation === 'rejects'), JSON.stringify(edges.slice(0, 3)));
  await shoot('graph-macron');

  await open('#/graph');
  await page.locator('div.graph[data-nodes]').waitFor();
  await shoot('graph-all');
});

test('editor: signs in, ingests a pasted article, sees what was extracted and what it was matched to', async () => {
  await open('#/editor');
  await page.getByLabel('User').fill(editor.user);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Title').fill('Kyiv hears a good signal');
  await page.getByLabel('Outlet').fill('Browser Gazette');
  await page.getByLabel('URL').fill(`https://example.org/browser-gazette-${Date.now()}`);
  await page.getByLabel('Text or HTML, pasted as it is').fill('<p>"It is absolutely possible," Ukrainian MP Alexey '
    + 'Goncharenko said of Western troops.</p>\n<p>The Kremlin\'s Dmitry Peskov warned that such a step would be '
    + `"very dangerous".</p>\n<p>Filed ${new Date().toISOString()}.</p>`);
  await page.getByRole('button', { name: 'Ingest' }).click();
  const result = page.locator('section.ingested');
  await result.waitFor();
  assert.match(await result.locator('h2').innerText(), /^Ingested: Kyiv hears a good signal/);
  const actors = await result.getByRole('table', { name: 'Actors' }).innerText();
  assert.match(actors, /matched\s+Alexey Goncharenko\s+\S.*\s+Oleksiy Goncharenko/);
  const statements = await result.getByRole('table', { name: 'Statements' }).innerText();
  assert.match(statements, /matched\s+Oleksiy Goncharenko\s+quote/);
  assert.match(statements, /Browser Gazette/);
  await shoot('editor');
  const json = JSON.parse((await download(result.getByRole('button', { name: 'JSON' }))).text);
  assert.ok(json.some((row) => row.type === 'actor' && row.text === 'Oleksiy Goncharenko'
    && row.outcome === 'MATCHED'), JSON.stringify(json));

  await result.getByRole('link', { name: 'Kyiv hears a good signal' }).click();
  await page.locator('main h1', { hasText: 'Kyiv hears a good signal' }).waitFor();
  assert.ok(await page.locator('article.body a.cited').count() >= 1, 'the ingested article has its citations');
});

/** Asks the API itself (not the page) for statements by id: their review status and speaker as stored. */
async function storedStatements(ids) {
  const fields = (id, i) => `s${i}: statement(id: ${id}) { id reviewStatus speaker { name } }`;
  const query = `{ ${ids.map(fields).join(' ')} }`;
  const response = await page.request.post(`${baseUrl}/graphql`, { data: { query } });
  const answer = await response.json();
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  return ids.map((_, i) => answer.data[`s${i}`]);
}

test('review: the editor rejects, confirms and corrects extracted statements; the queue lists the rest', async () => {
  await open('#/editor');
  if (await page.getByLabel('Password').count()) {
    await page.getByLabel('User').fill(editor.user);
    await page.getByLabel('Password').fill(editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  const stamp = Date.now();
  await page.getByLabel('Title').fill('Lviv bridge row');
  await page.getByLabel('Outlet').fill('Review Courier');
  await page.getByLabel('URL').fill(`https://example.org/review-courier-${stamp}`);
  await page.getByLabel('Text or HTML, pasted as it is').fill(`<p>"The bridge opens in spring ${stamp}," Lviv mayor `
    + 'Andriy Sadovyi said on Monday.</p>\n<p>"Nobody has approved the money for that bridge," Ukrainian finance '
    + 'minister Serhiy Marchenko said.</p>\n<p>"The river crossing matters to every family here," Sadovyi added.</p>\n'
    + `<p>Marchenko said the ministry would look at the bridge budget again in May ${stamp}.</p>\n`
    + '<p>Ukrainian finance minister Serhiy Marchenko rejected the mayor\'s plan, calling it "a fantasy".</p>');
  await page.getByRole('button', { name: 'Ingest' }).click();
  const result = page.locator('section.ingested');
  await result.waitFor();
  const table = result.getByRole('table', { name: 'Statements' });
  const row = (text) => table.locator('tbody tr', { hasText: text });
  const spring = row('The bridge opens in spring');
  const money = row('Nobody has approved the money');
  const crossing = row('The river crossing matters');
  for (const r of [spring, money, crossing]) {
    assert.match(await r.innerText(), /new[\s\S]*0\.\d+[\s\S]*extracted/, 'confidence, cue, status');
  }
  const id = async (r) => (await r.getAttribute('data-id')).replace('statement-', '');
  const ids = [await id(spring), await id(money), await id(crossing)];

  await money.getByRole('button', { name: 'Reject' }).click();
  await money.locator('.status', { hasText: 'rejected' }).waitFor();
  await spring.getByRole('button', { name: 'Confirm' }).click();
  await spring.locator('.status', { hasText: 'confirmed' }).waitFor();
  await crossing.getByText('Correct speaker').click();
  await crossing.getByLabel('Speaker').fill('Macron');
  await crossing.getByRole('button', { name: 'Find' }).click();
  await crossing.getByRole('button', { name: /^Emmanuel Macron/ }).click();
  await crossing.locator('.status', { hasText: 'corrected' }).waitFor();
  assert.match(await crossing.innerText(), /Emmanuel Macron/, 'the row shows the new speaker');
  assert.ok(await spring.getByRole('button', { name: 'Confirm' }).isDisabled(), 'nothing left to confirm');
  const reaction = result.getByRole('table', { name: 'Reactions' })
    .locator('tbody tr', { hasText: 'Serhiy Marchenko' });
  assert.match(await reaction.innerText(), /rejects[\s\S]*0\.\d+[\s\S]*rejected[\s\S]*extracted/);
  await reaction.getByText('Correct stance or target').click();
  await reaction.getByLabel('Stance').selectOption('CRITICIZES');
  await reaction.getByRole('button', { name: 'Save stance' }).click();
  await reaction.locator('.status', { hasText: 'corrected' }).waitFor();
  assert.match(await reaction.innerText(), /criticizes/, 'the row shows the new stance');
  await reaction.getByText('Correct stance or target').click();
  await reaction.getByLabel('Target statement').fill(`bridge opens in spring ${stamp}`);
  await reaction.getByRole('button', { name: 'Find' }).click();
  await reaction.getByRole('button', { name: /^Andriy Sadovyi: “The bridge opens in spring/ }).click();
  await reaction.locator('td', { hasText: /^Andriy Sadovyi: .?The bridge opens in spring/ })
    .or(reaction.getByRole('alert')).waitFor();
  assert.equal(await reaction.getByRole('alert').count(), 0, await reaction.innerText());
  const reactionId = (await reaction.getAttribute('data-id')).replace('reaction-', '');
  await shoot('review');

  const stored = await storedStatements(ids);
  assert.deepEqual(stored.map((s) => s.reviewStatus), ['CONFIRMED', 'REJECTED', 'CORRECTED']);
  assert.equal(stored[2].speaker.name, 'Emmanuel Macron');
  const storedReaction = await page.request.post(`${baseUrl}/graphql`,
    { data: { query: `{ reaction(id: ${reactionId}) { stance reviewStatus target { id } } }` } });
  assert.deepEqual((await storedReaction.json()).data.reaction,
    { stance: 'CRITICIZES', reviewStatus: 'CORRECTED', target: { id: ids[0] } });

  // A stale version is refused in words, and the row keeps its status.
  await page.request.post(`${baseUrl}/graphql`, { headers: { Authorization: `Basic ${Buffer.from(
    `${editor.user}:${editor.password}`).toString('base64')}` }, data: { query: `mutation { reviewStatement(input: `
    + `{id: ${ids[0]}, decision: REJECT}) { statement { reviewStatus } } }` } });
  await spring.getByRole('button', { name: 'Reject' }).click();
  await spring.getByRole('alert').waitFor();
  assert.match(await spring.getByRole('alert').innerText(), /CONFLICT/);

  await open('#/review');
  const queue = page.getByRole('table', { name: /^Statements to review/ });
  await queue.waitFor();
  const confidences = (await queue.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.cells[4].textContent)))
    .map(Number);
  assert.ok(confidences.length >= 2, 'the undecided statements wait for review');
  assert.ok(confidences[0] < confidences.at(-1), `confidences differ: ${confidences}`);
  assert.deepEqual(confidences, [...confidences].sort((a, b) => a - b), 'least sure first');
  const queued = await queue.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id));
  assert.ok(!queued.includes(`statement-${ids[1]}`), 'a decided statement leaves the queue');
  const top = queue.locator('tbody tr').first();
  const topId = (await top.getAttribute('data-id')).replace('statement-', '');
  await top.getByRole('button', { name: 'Confirm' }).click();
  await top.locator('.status', { hasText: 'confirmed' }).waitFor();
  assert.equal((await storedStatements([topId]))[0].reviewStatus, 'CONFIRMED');
  await page.locator('section.queue [role=status]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('section.queue').count(), 2, 'statements and reactions');
  await shoot('review-queue');
});

test('keyboard: skip link, then the views by Tab and Enter; GraphiQL is one click away', async () => {
  await page.goto('about:blank');
  await open('#/story');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  const visited = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    visited.push(await page.evaluate(() => document.activeElement.textContent));
  }
  assert.deepEqual(visited, ['Newsgraph', 'Search', 'Story', 'Graph']);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Search' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the new view');
  const graphiql = page.getByRole('navigation').getByRole('link', { name: 'GraphiQL' });
  await graphiql.click();
  await page.waitForURL(/graphiql\/\?query=/);
  assert.deepEqual(pageErrors, [], 'no script errors in any view');
});
