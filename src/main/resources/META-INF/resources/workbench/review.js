// Editors' review of what extraction wrote, with the public API's review mutations: confirm or reject a statement,
// reaction or citation; correct a statement's speaker (an actor picked by search) or a reaction's stance and target.
// Each row redraws from the item the server answers, so it shows the status (and speaker, stance) as stored.
import { graphql } from './api.js';
import { h } from './dom.js';

/** The fields every reviewed item needs, whatever the query that fetched it. */
export const REVIEW_FIELDS = 'version reviewStatus confidence cue';
/** The columns `reviewRow` adds after the caller's own. */
export const REVIEW_HEADINGS = ['Confidence', 'Cue', 'Status', 'Review'];

const STATEMENT = `id ${REVIEW_FIELDS} speaker { id name }`;
const REACTION = `id ${REVIEW_FIELDS} stance target { id text speaker { id name } }`;
const TYPES = {
  statement: { review: 'reviewStatement', correct: 'correctStatement', fields: STATEMENT },
  reaction: { review: 'reviewReaction', correct: 'correctReaction', fields: REACTION },
  citation: { review: 'reviewCitation', fields: `id ${REVIEW_FIELDS}` },
};
const STANCES = ['SUPPORTS', 'PRAISES', 'ECHOES', 'ACKNOWLEDGES', 'DOUBTS', 'CRITICIZES', 'OPPOSES', 'REJECTS'];

const mutation = (type, name, input) => `mutation ${name[0].toUpperCase()}${name.slice(1)}($input: ${input}!) {
  ${name}(input: $input) { ${type} { ${TYPES[type].fields} } }
}`;

const FIND_ACTORS = `query FindActors($text: String!) {
  actors(filter: {name: $text}, first: 10) { nodes { id name role } }
}`;
const FIND_STATEMENTS = `query FindStatements($text: String!) {
  statements(filter: {text: $text}, first: 10) { nodes { id text speaker { name } } }
}`;

/** A status as a coloured label, lower case: extracted, confirmed, corrected, rejected. */
export const statusBadge = (status) => h('span', { class: `status status-${status.toLowerCase()}` },
  status.toLowerCase());

/** A search box whose hits are buttons; `find(text)` resolves to [{id, label}], `pick(id)` runs on a click. */
function picker(label, find, pick) {
  const input = h('input', { type: 'search', required: true });
  const hits = h('ul', { class: 'picks' });
  return h('form', { class: 'picker', onsubmit: async (event) => {
    event.preventDefault();
    try {
      const found = await find(input.value.trim());
      hits.replaceChildren(...(found.length === 0 ? [h('li', {}, 'Nothing found.')] : found.map((hit) =>
        h('li', {}, h('button', { type: 'button', onclick: () => pick(hit.id) }, hit.label)))));
    } catch (error) {
      hits.replaceChildren(h('li', { class: 'error', role: 'alert' }, error.message));
    }
  } }, h('label', {}, label, ' ', input), ' ', h('button', { type: 'submit' }, 'Find'), hits);
}

const findActors = async (text) => (await graphql(FIND_ACTORS, { text })).actors.nodes
  .map((a) => ({ id: a.id, label: a.role ? `${a.name} (${a.role})` : a.name }));
const findStatements = async (text) => (await graphql(FIND_STATEMENTS, { text })).statements.nodes
  .map((s) => ({ id: s.id, label: `${s.speaker?.name ?? 'nobody named'}: “${s.text}”` }));

function corrections(type, item, correct) {
  if (type === 'statement') {
    return h('details', {}, h('summary', {}, 'Correct speaker'),
      picker('Speaker', findActors, (speakerId) => correct({ speakerId })));
  }
  if (type !== 'reaction') return null;
  const stance = h('select', {}, STANCES.map((s) => h('option', { value: s, selected: s === item.stance }, s)));
  return h('details', {}, h('summary', {}, 'Correct stance or target'),
    h('form', { onsubmit: (event) => { event.preventDefault(); correct({ stance: stance.value }); } },
      h('label', {}, 'Stance ', stance), ' ', h('button', { type: 'submit' }, 'Save stance')),
    picker('Target statement', findStatements, (targetStatementId) => correct({ targetStatementId })));
}

/**
 * A table row for one reviewed item (`type` statement, reaction or citation): the caller's `cells(item)`, then
 * confidence, cue, status and the actions. A decision updates `item` in place (so exports see it) and redraws.
 */
export function reviewRow(type, item, cells) {
  const row = h('tr', { 'data-id': `${type}-${item.id}` });
  const run = async (name, inputType, input) => {
    for (const button of row.querySelectorAll('button')) button.disabled = true;
    try {
      const data = await graphql(mutation(type, name, inputType),
        { input: { id: item.id, expectedVersion: item.version, ...input } });
      Object.assign(item, data[name][type]);
      draw();
    } catch (error) {
      draw(`${error.message}${error.code ? ` (${error.code})` : ''}`);
    }
    row.querySelector('.status-cell').focus();
  };
  const decide = (decision) => run(TYPES[type].review, 'ReviewInput', { decision });
  const correct = (input) => run(TYPES[type].correct,
    type === 'statement' ? 'CorrectStatementInput' : 'CorrectReactionInput', input);
  function draw(error) {
    row.replaceChildren(...[...cells(item),
      item.confidence ?? '—', item.cue ?? '—',
      h('span', { class: 'status-cell', tabindex: -1 }, statusBadge(item.reviewStatus),
        error ? h('span', { class: 'error', role: 'alert' }, ` ${error}`) : null),
      h('span', { class: 'actions' },
        h('button', { type: 'button', disabled: item.reviewStatus === 'CONFIRMED', onclick: () => decide('CONFIRM') },
          'Confirm'), ' ',
        h('button', { type: 'button', disabled: item.reviewStatus === 'REJECTED', onclick: () => decide('REJECT') },
          'Reject'),
        corrections(type, item, correct)),
    ].map((cell) => h('td', {}, cell)));
  }
  draw();
  return row;
}
