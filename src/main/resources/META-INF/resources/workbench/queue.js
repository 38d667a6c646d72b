// The review queue: statements and reactions extraction wrote that nobody has decided on yet (EXTRACTED), least
// sure first, a page at a time, with the editor's actions on each row: the fact-checker's worklist.
import { graphql, signedIn } from './api.js';
import { actorLink, dataTable, h, kindName, link, speakerLink, stanceBadge } from './dom.js';
import { signInForm } from './editor.js';
import { REVIEW_FIELDS, REVIEW_HEADINGS, reviewRow } from './review.js';

const PAGE = 20;
const QUEUE = (field) => `${field}(filter: {reviewStatus: EXTRACTED}, orderBy: {field: CONFIDENCE, direction: ASC},
    first: ${PAGE}, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id ${REVIEW_FIELDS}`;
const QUERIES = {
  statements: `query StatementQueue($after: String) { ${QUEUE('statements')}
    kind text speaker { id name } citations(first: 3) { article { id outlet } } } } }`,
  reactions: `query ReactionQueue($after: String) { ${QUEUE('reactions')}
    stance actor { id name } target { id text speaker { id name } }
    citations(first: 3) { article { id outlet } } } } }`,
};

const reportedBy = (item) => [...new Map(item.citations.map((c) => [c.article.id, c.article])).values()]
  .map((a, i) => [i > 0 ? ', ' : '', link(`#/article/${a.id}`, a.outlet)]);

const COLUMNS = {
  statements: {
    type: 'statement',
    headings: ['Speaker', 'Kind', 'Text', 'Reported by'],
    cells: (s) => [speakerLink(s.speaker), kindName(s.kind), link(`#/graph/statement/${s.id}`, h('q', {}, s.text)),
      reportedBy(s)],
  },
  reactions: {
    type: 'reaction',
    headings: ['Actor', 'Stance', 'To', 'Reported by'],
    cells: (x) => [actorLink(x.actor), stanceBadge(x.stance),
      [speakerLink(x.target.speaker), ': ', h('q', {}, x.target.text)], reportedBy(x)],
  },
};

/**
 * One list of the queue. Cursors count positions, and a decided item leaves the queue: so "Next page" starts
 * after this page only when nothing on it was decided, and otherwise reloads from the same start, where the
 * undecided rest of this page now comes first and the items after it fill the page.
 */
function queueList(name) {
  const { type, headings, cells } = COLUMNS[name];
  const box = h('section', { class: 'queue', 'aria-live': 'polite' });
  const starts = [null];
  async function load() {
    const after = starts.at(-1);
    box.replaceChildren(h('p', { role: 'status' }, `Loading ${name}…`));
    let page;
    try {
      page = (await graphql(QUERIES[name], { after }))[name];
    } catch (error) {
      box.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${error.message} (${error.code})`));
      return;
    }
    const first = (starts.length - 1) * PAGE;
    const title = `${name[0].toUpperCase()}${name.slice(1)} to review`;
    const caption = page.nodes.length === 0 ? title
      : `${title}: ${first + 1}–${first + page.nodes.length} of ${page.totalCount}`;
    const next = () => {
      const decided = page.nodes.some((item) => item.reviewStatus !== 'EXTRACTED');
      if (!decided) starts.push(page.pageInfo.endCursor);
      load();
    };
    const previous = () => { starts.pop(); load(); };
    const onePage = starts.length === 1 && !page.pageInfo.hasNextPage;
    box.replaceChildren(
      dataTable(caption, [...headings, ...REVIEW_HEADINGS],
        page.nodes.map((item) => reviewRow(type, item, cells)), 'none.'),
      h('p', { class: 'pager', hidden: onePage },
        h('button', { type: 'button', disabled: starts.length === 1, onclick: previous }, `Previous ${name}`), ' ',
        h('button', { type: 'button', disabled: !page.pageInfo.hasNextPage,
          onclick: next }, `Next ${name}`)));
  }
  load();
  return box;
}

export function queueView() {
  const heading = h('h1', { tabindex: -1 }, 'Review queue: least sure first');
  if (!signedIn()) return [heading, signInForm('Reviewing')];
  return [heading, h('p', { class: 'muted' }, 'What extraction wrote and nobody has decided on yet, lowest '
    + 'confidence first. Confirm or reject each item, or correct a statement\'s speaker or a reaction\'s stance or '
    + 'target; decided items leave the queue when the page is next loaded.'),
  queueList('statements'), queueList('reactions')];
}
