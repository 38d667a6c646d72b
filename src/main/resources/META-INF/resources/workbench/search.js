// View 1: one box, no query language. Actors are found by any alias (the API folds spellings: Aleksey, Alexey,
// Oleksiy) and by role; statements and articles by a phrase. Results grouped by type, each group exportable.
import { graphql } from './api.js';
import { actorLink, h, link } from './dom.js';
import { exportButtons } from './export.js';

const SEARCH = `query Search($text: String!) {
  byName: actors(filter: {name: $text}, first: 20) { nodes { id name kind role aliases } }
  search(text: $text, first: 20) {
    actors { id name kind role aliases }
    statements { id kind text saidOn speaker { id name } articles { id outlet } }
    articles { id title outlet publishedAt }
  }
}`;

function group(title, name, items, rows, item) {
  return h('section', { class: 'group', 'aria-label': title },
    h('h2', {}, `${title} (${items.length})`, items.length ? exportButtons(name, rows) : null),
    items.length ? h('ul', { class: 'results' }, items.map((x) => h('li', {}, item(x)))) : h('p', {}, 'None.'));
}

export async function searchView(params) {
  const text = params.get('q')?.trim() ?? '';
  const input = h('input', { type: 'search', name: 'q', value: text,
    'aria-label': 'Search actors, statements and articles', placeholder: 'a name in any spelling, a phrase…',
    required: true, maxlength: 200 });
  const form = h('form', { class: 'searchbox', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
  } }, input, h('button', { type: 'submit' }, 'Search'));
  const heading = h('h1', { tabindex: -1 }, text ? `Search: ${text}` : 'Search');
  if (!text) {
    return [heading, form, h('p', {}, 'Try ', link('#/search?q=Aleksey%20Goncharenko', 'Aleksey Goncharenko'), ', ',
      link('#/search?q=signal', 'signal'), ' or ', link('#/search?q=Kremlin', 'Kremlin'), '; or open the ',
      link('#/story', 'story view'), ' of the seed articles.')];
  }
  const { byName, search } = await graphql(SEARCH, { text });
  const actors = [...new Map([...byName.nodes, ...search.actors].map((a) => [a.id, a])).values()];
  const slug = text.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
  return [heading, form,
    group('Actors', `search-${slug}-actors`, actors,
      () => actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, role: a.role, aliases: a.aliases.join('; ') })),
      (a) => [actorLink(a), ` · ${a.kind.toLowerCase()}`, a.role ? ` · ${a.role}` : '',
        a.aliases.length ? h('span', { class: 'muted' }, ` (also ${a.aliases.join(', ')})`) : null]),
    group('Statements', `search-${slug}-statements`, search.statements,
      () => search.statements.map((s) => ({ id: s.id, speaker: s.speaker.name, kind: s.kind, text: s.text,
        saidOn: s.saidOn, outlets: s.articles.map((a) => a.outlet).join('; ') })),
      (s) => [h('q', {}, s.text), ' — ', actorLink(s.speaker), h('span', { class: 'muted' },
        ` · ${s.articles.map((a) => a.outlet).join(', ')}`), ' ', link(`#/graph/statement/${s.id}`, 'graph')]),
    group('Articles', `search-${slug}-articles`, search.articles,
      () => search.articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt })),
      (a) => [link(`#/article/${a.id}`, a.title), h('span', { class: 'muted' }, ` · ${a.outlet ?? ''}`)])];
}
