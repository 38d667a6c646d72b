// GraphiQL as a new user meets it on the packaged jar: the workbench's link to it, the documentation pane, every
// example of the examples page, an editor's mutation with credentials typed in the headers pane, a typo, a wrong
// password.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, editor, launch, screenshot } from './helpers.mjs';

let browser;
let page;

before(async () => {
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser?.close();
});

/** Clicks GraphiQL's run button and returns the parsed JSON the server answered, with the HTTP status. */
async function execute() {
  const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST'
    && !r.request().postData()?.includes('IntrospectionQuery'));
  await page.locator('.graphiql-execute-button').click();
  const response = await answer;
  await page.locator('.graphiql-response .graphiql-spinner').waitFor({ state: 'detached' });
  return { status: response.status(), headers: response.headers(), body: await response.json(),
    contentType: response.request().headers()['content-type'] };
}

/** The text GraphiQL shows in its result pane. */
async function resultText() {
  return page.locator('.result-window').innerText();
}

/** Replaces the content of the visible editor in the tools pane (Variables or Headers) as a person types it. */
async function typeInto(tab, text) {
  await page.locator(`button[data-name="${tab}"]`).click();
  const editorPane = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').first();
  await editorPane.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Replaces the query in GraphiQL's query editor. */
async function typeQuery(text) {
  await page.locator('.graphiql-query-editor .CodeMirror').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test("the workbench's GraphiQL link opens GraphiQL with a query that runs", async () => {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('navigation').getByRole('link', { name: 'GraphiQL' }).click();
  await page.waitForURL(/graphiql\/\?query=/);
  await page.locator('.graphiql-execute-button').waitFor();
  const { status, body, contentType } = await execute();
  await screenshot(page, 'graphiql-preloaded-query');
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data.articles.totalCount, 2);
  assert.equal(contentType, 'application/json', 'GraphiQL sends one Content-Type');
  assert.match(await resultText(), /Dagens/);
});

test('the documentation pane opens and shows the schema', async () => {
  await page.goto(`${baseUrl}/graphiql/`);
  await page.locator('button[aria-label="Show Documentation Explorer"]').click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Query', { exact: true }).click();
  await docs.getByText('articles', { exact: true }).first().waitFor();
  await screenshot(page, 'graphiql-docs-pane');
  assert.match(await docs.innerText(), /articles/);
  assert.match(await docs.innerText(), /coverage/);
});

test('every example of the examples page runs without errors', async () => {
  await page.goto(`${baseUrl}/examples.html`);
  const links = await page.locator('#examples a').evaluateAll((as) => as.map((a) => ({ title: a.textContent,
    href: a.href })));
  assert.ok(links.length >= 5, `examples page examples: ${links.length}`);
  for (const [index, link] of links.entries()) {
    await page.goto(`${baseUrl}/examples.html`);
    await page.getByText(link.title, { exact: true }).click();
    await page.locator('.graphiql-execute-button').waitFor();
    const { status, body } = await execute();
    await screenshot(page, `graphiql-landing-example-${index + 1}`);
    assert.equal(status, 200, link.title);
    assert.equal(body.errors, undefined, `${link.title}: ${JSON.stringify(body.errors)}`);
    assert.ok(Object.keys(body.data ?? {}).length > 0, link.title);
  }
});

test("an editor's mutation runs with credentials typed in the headers pane", async () => {
  const name = `Browser Suite Actor ${Date.now()}`;
  await page.goto(`${baseUrl}/graphiql/`);
  await typeQuery(`mutation { createActor(input: {name: "${name}", kind: PERSON}) { actor { id name } } }`);
  const basic = Buffer.from(`${editor.user}:${editor.password}`).toString('base64');
  await typeInto('headers', `{"Authorization": "Basic ${basic}"}`);
  const { status, body } = await execute();
  await screenshot(page, 'graphiql-editor-mutation');
  assert.equal(status, 200);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data.createActor.actor.name, name);
  assert.match(await resultText(), new RegExp(name));
});

test('a mutation without credentials says how to sign in', async () => {
  await page.goto(`${baseUrl}/graphiql/`);
  await typeQuery('mutation { createActor(input: {name: "Not Signed In", kind: PERSON}) { actor { id } } }');
  const { status, body } = await execute();
  await screenshot(page, 'graphiql-sign-in-needed');
  assert.equal(status, 200);
  assert.equal(body.errors[0].extensions.code, 'UNAUTHENTICATED');
  assert.match(body.errors[0].message, /open Headers and enter \{"Authorization": "Basic/);
  assert.match(await resultText(), /UNAUTHENTICATED/);
});

test('a typo gets an error that names the field and the fix', async () => {
  await page.goto(`${baseUrl}/graphiql/`);
  await typeQuery('{ articels(first: 2) { totalCount } }');
  const { body } = await execute();
  await screenshot(page, 'graphiql-typo');
  assert.equal(body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
  assert.equal(body.errors[0].message, "Query has no field 'articels': did you mean 'article' or 'articles'? "
    + "(GraphiQL's documentation pane lists its fields)");
  assert.match(await resultText(), /articels/);
});

test('a wrong password shows UNAUTHENTICATED in the page, with no login prompt and no endless spinner', async () => {
  await page.goto(`${baseUrl}/graphiql/`);
  await typeQuery('mutation { createActor(input: {name: "Never Stored", kind: PERSON}) { actor { id } } }');
  const basic = Buffer.from(`${editor.user}:wrong-password`).toString('base64');
  await typeInto('headers', `{"Authorization": "Basic ${basic}"}`);
  const { status, headers, body } = await execute();
  await screenshot(page, 'graphiql-wrong-password');
  assert.equal(status, 401);
  assert.equal(headers['www-authenticate'], undefined, 'no challenge, so no browser login prompt');
  assert.equal(body.errors[0].extensions.code, 'UNAUTHENTICATED');
  assert.match(await resultText(), /UNAUTHENTICATED/);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.authChallenges, []);
});
