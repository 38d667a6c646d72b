// View 4: an actor: who they are, what they said over time, the reactions they gave and received (counted by
// stance), and the outlets that quote them.
import { graphql } from './api.js';
import { actorLink, h, kindBadge, kindName, link, stanceBadge } from './dom.js';
import { exportButtons } from './export.js';

const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) {
    id name kind role description externalId aliases
    affiliation { id name }
    affiliates(first: 50) { id name }
    statements(first: 100) {
      id kind text saidOn saidOnPrecision venue
      citations(first: 20) { article { id outlet publishedAt } }
    }
    reactionsGiven(first: 100) { id stance target { id text speaker { id name } } response { text } }
    reactionsReceived(first: 100) { id stance actor { id name } target { id text } response { text } }
  }
}`;

function stanceCounts(reactions) {
  const counts = new Map();
  for (const r of reactions) counts.set(r.stance, (counts.get(r.stance) ?? 0) + 1);
  return h('p', { class: 'counts' }, [...counts].sort((a, b) => b[1] - a[1])
    .map(([stance, n]) => h('span', {}, stanceBadge(stance), ` ${n} `)));
}

const PRECISION = { YEAR: 4, MONTH: 7, DAY: 10 };

/** When a statement was made, as precisely as known ("2024-02" for February 2024); else the first report's day. */
const dateOf = (s) => (s.saidOn ? s.saidOn.slice(0, PRECISION[s.saidOnPrecision] ?? 10)
  : s.citations.map((c) => c.article.publishedAt?.slice(0, 10)).filter(Boolean).sort()[0]);

function timeline(statements) {
  const dated = statements.map((s) => ({ ...s, date: dateOf(s) ?? 'undated' }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const days = [...new Set(dated.map((s) => s.date))];
  return h('ol', { class: 'timeline' }, days.map((day) => h('li', {},
    h('time', { datetime: day === 'undated' ? null : day }, day),
    h('ul', {}, dated.filter((s) => s.date === day).map((s) => h('li', {},
      kindBadge(kindName(s.kind)), ' ', link(`#/graph/statement/${s.id}`, h('q', {}, s.text)),
      h('span', { class: 'muted' }, ` · ${[...new Set(s.citations.map((c) => c.article.outlet))].join(', ')}`
        + (s.venue ? ` · ${s.venue}` : ''))))))));
}

export async function actorView(id) {
  const { actor } = await graphql(ACTOR, { id });
  if (!actor) throw new Error(`no actor with id ${id}`);
  const outlets = new Map();
  for (const s of actor.statements) {
    for (const c of s.citations) outlets.set(c.article.outlet, (outlets.get(c.article.outlet) ?? 0) + 1);
  }
  const facts = [['Kind', actor.kind.toLowerCase()], ['Role', actor.role], ['Affiliation',
    actor.affiliation && actorLink(actor.affiliation)], ['Also known as', actor.aliases.join(', ')],
  ['Members', actor.affiliates.length ? actor.affiliates.map((a, i) => [i ? ', ' : '', actorLink(a)]) : null],
  ['Wikidata', actor.externalId], ['About', actor.description]].filter(([, value]) => value && value.length !== 0);
  return [h('h1', { tabindex: -1 }, actor.name),
    h('p', {}, link(`#/graph/actor/${actor.id}`, 'See in the graph')),
    h('dl', { class: 'facts' }, facts.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    h('section', {}, h('h2', {}, `Statements over time (${actor.statements.length}) `,
      exportButtons(`actor-${actor.id}-statements`, () => actor.statements.map((s) => ({ id: s.id, date: dateOf(s),
        kind: s.kind, text: s.text, venue: s.venue, outlets: [...new Set(s.citations.map((c) => c.article.outlet))]
          .join('; ') })))), timeline(actor.statements)),
    h('section', {}, h('h2', {}, `Outlets quoting ${actor.name} (${outlets.size})`),
      h('ul', {}, [...outlets].map(([outlet, n]) => h('li', {}, `${outlet}: ${n} citation${n === 1 ? '' : 's'}`)))),
    h('section', {}, h('h2', {}, `Reactions received (${actor.reactionsReceived.length}) `,
      exportButtons(`actor-${actor.id}-reactions-received`, () => actor.reactionsReceived.map((r) => ({ id: r.id,
        stance: r.stance, by: r.actor.name, to: r.target.text, response: r.response?.text ?? '' })))),
    stanceCounts(actor.reactionsReceived),
    h('ul', { class: 'reactions' }, actor.reactionsReceived.map((r) => h('li', {}, actorLink(r.actor), ' ',
      stanceBadge(r.stance), ' ', h('q', {}, r.target.text), r.response ? h('span', { class: 'muted' },
        ` — “${r.response.text}”`) : null)))),
    h('section', {}, h('h2', {}, `Reactions given (${actor.reactionsGiven.length}) `,
      exportButtons(`actor-${actor.id}-reactions-given`, () => actor.reactionsGiven.map((r) => ({ id: r.id,
        stance: r.stance, to: r.target.speaker.name, statement: r.target.text, response: r.response?.text ?? '' })))),
    stanceCounts(actor.reactionsGiven),
    h('ul', { class: 'reactions' }, actor.reactionsGiven.map((r) => h('li', {}, stanceBadge(r.stance), ' ',
      actorLink(r.target.speaker), ': ', h('q', {}, r.target.text)))))];
}
