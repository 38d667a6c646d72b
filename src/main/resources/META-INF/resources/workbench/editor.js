// View 6: the editor pastes an article (plain text or HTML, as it is: the text travels as a JSON variable, so
// nothing needs escaping) and sees what ingestion extracted and what each item was matched to.
import { graphql, signedIn, signIn, signOut } from './api.js';
import { actorLink, dataTable, h, kindName, link, speakerLink, stanceBadge } from './dom.js';
import { exportButtons } from './export.js';
import { REVIEW_FIELDS, REVIEW_HEADINGS, reviewRow } from './review.js';

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created statementsCreated statementsMatched actorsCreated actorsMatched reactionsCreated reactionsMatched
    article { id title outlet citations(first: 100) { id ${REVIEW_FIELDS} excerpt statement { id } reaction { id } } }
    actors { outcome nameInArticle matchedName actor { id name kind role } }
    statements { outcome statement {
      id ${REVIEW_FIELDS} kind text speaker { id name } citations(first: 20) { article { outlet } }
    } }
    reactions { outcome reaction {
      id ${REVIEW_FIELDS} stance actor { id name } target { id text speaker { id name } }
    } }
  }
}`;

const outcome = (o) => h('span', { class: `outcome outcome-${o.toLowerCase()}` }, o === 'CREATED' ? 'new' : 'matched');

function result(r) {
  const exportRows = () => [
    ...r.actors.map((a) => ({ type: 'actor', outcome: a.outcome, id: a.actor.id, nameInArticle: a.nameInArticle,
      matchedName: a.matchedName ?? '', text: a.actor.name })),
    ...r.statements.map((s) => ({ type: 'statement', outcome: s.outcome, id: s.statement.id,
      nameInArticle: s.statement.speaker?.name ?? '', matchedName: '', text: s.statement.text,
      reviewStatus: s.statement.reviewStatus, confidence: s.statement.confidence ?? '' })),
    ...r.reactions.map((x) => ({ type: 'reaction', outcome: x.outcome, id: x.reaction.id,
      nameInArticle: x.reaction.actor.name, matchedName: '', text: `${x.reaction.stance} ${x.reaction.target.text}`,
      reviewStatus: x.reaction.reviewStatus, confidence: x.reaction.confidence ?? '' })),
  ];
  return h('section', { class: 'ingested', 'aria-live': 'polite' },
    h('h2', {}, r.created ? 'Ingested: ' : 'Already stored (nothing changed): ',
      link(`#/article/${r.article.id}`, r.article.title), ' ', exportButtons(`ingested-${r.article.id}`, exportRows)),
    h('p', {}, `Actors: ${r.actorsCreated} new, ${r.actorsMatched} matched. Statements: ${r.statementsCreated} new, `
      + `${r.statementsMatched} matched. Reactions: ${r.reactionsCreated} new, ${r.reactionsMatched} matched.`),
    dataTable('Actors', ['', 'In the article', 'Matched by', 'Actor'], r.actors.map((a) => [outcome(a.outcome),
      a.nameInArticle, a.matchedName ?? '—', [actorLink(a.actor), a.actor.role ? ` (${a.actor.role})` : '']])),
    dataTable('Statements', ['', 'Speaker', 'Kind', 'Text', 'Reported by', ...REVIEW_HEADINGS],
      r.statements.map((s) => reviewRow('statement', s.statement, (statement) => [outcome(s.outcome),
        speakerLink(statement.speaker), kindName(statement.kind),
        link(`#/graph/statement/${statement.id}`, h('q', {}, statement.text)),
        [...new Set(statement.citations.map((c) => c.article.outlet))].join(', ')]))),
    dataTable('Reactions', ['', 'Actor', 'Stance', 'To', ...REVIEW_HEADINGS],
      r.reactions.map((x) => reviewRow('reaction', x.reaction, (reaction) => [outcome(x.outcome),
        actorLink(reaction.actor), stanceBadge(reaction.stance),
        [speakerLink(reaction.target.speaker), ': ', h('q', {}, reaction.target.text)]]))),
    dataTable('Citations', ['Excerpt', 'Of', ...REVIEW_HEADINGS], r.article.citations.map((c) =>
      reviewRow('citation', c, () => [h('q', {}, c.excerpt),
        c.statement ? link(`#/graph/statement/${c.statement.id}`, `statement ${c.statement.id}`)
          : `reaction ${c.reaction.id}`]))));
}

/** The editor's sign-in; `why` says what needs it. */
export function signInForm(why) {
  const user = h('input', { name: 'user', autocomplete: 'username', required: true, value: 'editor' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  return h('form', { class: 'signin', onsubmit: (event) => {
    event.preventDefault();
    signIn(user.value, password.value);
    dispatchEvent(new HashChangeEvent('hashchange'));
  } }, h('p', {}, `${why} needs the editor role. Sign in (kept in this tab only):`),
  h('label', {}, 'User ', user), ' ', h('label', {}, 'Password ', password), ' ',
  h('button', { type: 'submit' }, 'Sign in'));
}

export function editorView() {
  const heading = h('h1', { tabindex: -1 }, 'Editor: ingest an article');
  if (!signedIn()) return [heading, signInForm('Ingesting')];
  const field = (label, name, attributes = {}) => h('label', {}, label, h('input', { name, ...attributes }));
  const output = h('div', {});
  const form = h('form', { class: 'ingest', onsubmit: async (event) => {
    event.preventDefault();
    const data = Object.fromEntries([...new FormData(form)].filter(([, v]) => v.trim() !== ''));
    if (data.publishedAt) data.publishedAt = new Date(data.publishedAt).toISOString();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    output.replaceChildren(h('p', { role: 'status' }, 'Ingesting…'));
    try {
      output.replaceChildren(result((await graphql(INGEST, { input: data })).ingestArticle));
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') signOut();
      output.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${error.message} (${error.code})`));
    } finally {
      button.disabled = false;
    }
  } },
  field('Title', 'title'), field('Outlet', 'outlet'), field('URL', 'url', { type: 'url' }),
  field('Published', 'publishedAt', { type: 'datetime-local' }), field('Author', 'author'),
  h('label', { class: 'content' }, 'Text or HTML, pasted as it is',
    h('textarea', { name: 'content', rows: 12, required: true })),
  h('p', {}, h('button', { type: 'submit' }, 'Ingest'), ' ',
    h('button', { type: 'button', onclick: () => { signOut(); dispatchEvent(new HashChangeEvent('hashchange')); } },
      'Sign out')));
  return [heading, h('p', { class: 'muted' }, 'What was extracted appears below, each actor, statement and reaction '
    + 'marked new or matched to what the graph already holds, with the extractor\'s confidence and cue: confirm, '
    + 'reject or correct each one there, or work through the whole ', link('#/review', 'review queue'), '.'),
  form, output];
}
