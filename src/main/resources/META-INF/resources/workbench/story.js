// View 2: coverage side by side. One row per statement (a disagreement's accounts share one row), one column per
// outlet; in each cell the outlet's excerpt, with the words the other outlets do not use highlighted.
import { graphql } from './api.js';
import { actorLink, h, kindBadge, kindName, link } from './dom.js';
import { exportButtons } from './export.js';

const COVERAGE = `query Coverage($ids: [ID!]) {
  articles(first: 100, orderBy: {field: PUBLISHED_AT, direction: ASC}) { nodes { id title outlet } }
  coverage(filter: {articleIds: $ids}, first: 100) {
    articles { id title outlet }
    statementCount sharedCount exclusiveCount
    statements {
      exclusive wordingDiffers
      statement { id kind text speaker { id name } }
      citations { id excerpt article { id } }
    }
    disagreements {
      aspects summary
      statements { id }
      citations { id excerpt article { id } statement { id speaker { id name } } }
    }
  }
}`;

const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** The excerpt as text and <mark class="diff"> runs for the words no other cell of the row has. */
function highlighted(excerpt, others) {
  if (others.length === 0) return [excerpt];
  const shared = new Set(others.flatMap(words));
  return excerpt.split(/([\p{L}\p{N}']+)/u).map((part, i) =>
    i % 2 === 1 && !shared.has(part.toLowerCase()) ? h('mark', { class: 'diff' }, part) : part);
}

function rowsOf(coverage) {
  const inDisagreement = new Set(coverage.disagreements.flatMap((d) => d.statements.map((s) => s.id)));
  const byId = new Map(coverage.statements.map((s) => [s.statement.id, s]));
  const disagreements = coverage.disagreements.map((d) => ({
    disagreement: d,
    statements: d.statements.map((s) => byId.get(s.id)?.statement).filter(Boolean),
    citations: d.citations.map((c) => ({ ...c, speaker: c.statement?.speaker })),
  }));
  const others = coverage.statements.filter((s) => !inDisagreement.has(s.statement.id)).map((s) => ({
    statements: [s.statement], exclusive: s.exclusive, wordingDiffers: s.wordingDiffers,
    citations: s.citations.map((c) => ({ ...c, speaker: s.statement.speaker })),
  }));
  return [...disagreements, ...others];
}

function cell(row, article) {
  const mine = row.citations.filter((c) => c.article.id === article.id);
  const theirs = row.citations.filter((c) => c.article.id !== article.id).map((c) => c.excerpt);
  const outlet = article.outlet ?? article.title;
  if (mine.length === 0) {
    return h('td', { class: 'absent', 'data-outlet': outlet }, h('span', { class: 'muted' }, 'not reported'));
  }
  const speakers = new Set(row.citations.map((c) => c.speaker?.id));
  return h('td', { 'data-outlet': outlet }, mine.map((c) => h('blockquote', { 'data-citation': c.id },
    highlighted(c.excerpt, theirs),
    speakers.size > 1 && c.speaker ? h('footer', {}, '— ', actorLink(c.speaker)) : null)));
}

function rowHeader(row, outletOf) {
  const flags = [];
  if (row.disagreement) {
    flags.push(h('p', { class: 'flag disagreement' }, h('strong', {},
      `Disagreement (${row.disagreement.aspects.map((a) => a.toLowerCase()).join(', ')})`), ': ',
      row.disagreement.summary));
  } else if (row.exclusive) {
    flags.push(h('p', { class: 'flag single' }, `Only ${outletOf(row.citations[0].article.id)} reports this`));
  } else if (row.wordingDiffers) {
    flags.push(h('p', { class: 'flag wording' }, 'Worded differently'));
  }
  const speakers = [...new Map(row.statements.map((s) => [s.speaker.id, s.speaker])).values()];
  return h('th', { scope: 'row' },
    h('span', { class: 'speaker' }, speakers.map((s, i) => [i ? ' / ' : '', actorLink(s)])),
    row.statements.map((s) => h('span', { class: 'statement' }, ' ', kindBadge(kindName(s.kind)), ' ',
      link(`#/graph/statement/${s.id}`, 'graph'))),
    flags);
}

export async function storyView(params) {
  const ids = params.get('articles')?.split(',').filter(Boolean);
  const { articles, coverage } = await graphql(COVERAGE, { ids: ids?.length ? ids : null });
  const outletOf = (id) => coverage.articles.find((a) => a.id === id)?.outlet ?? `article ${id}`;
  const rows = rowsOf(coverage);
  const chosen = new Set(coverage.articles.map((a) => a.id));
  const picker = h('form', { class: 'picker', onsubmit: (event) => {
    event.preventDefault();
    const picked = [...event.target.querySelectorAll('input:checked')].map((i) => i.value);
    location.hash = `#/story?articles=${picked.join(',')}`;
  } }, h('fieldset', {}, h('legend', {}, 'Articles compared'),
    articles.nodes.map((a) => h('label', {}, h('input', { type: 'checkbox', value: a.id, checked: chosen.has(a.id) }),
      ` ${a.outlet ?? ''}: ${a.title}`)), h('button', { type: 'submit' }, 'Compare')));
  const exportRows = () => rows.map((row) => ({
    statementIds: row.statements.map((s) => s.id).join(' '),
    speakers: [...new Set(row.statements.map((s) => s.speaker.name))].join('; '),
    kind: row.statements.map((s) => s.kind).join('; '),
    onlyOneOutlet: Boolean(row.exclusive),
    disagreement: row.disagreement?.summary ?? '',
    ...Object.fromEntries(coverage.articles.map((a) => [outletOf(a.id),
      row.citations.filter((c) => c.article.id === a.id).map((c) => c.excerpt).join(' | ')])),
  }));
  return [h('h1', { tabindex: -1 }, 'Story: who said what, outlet by outlet'), picker,
    h('p', { class: 'summary' }, `${coverage.statementCount} statements: ${coverage.sharedCount} reported by every `
      + `article, ${coverage.exclusiveCount} by only one, ${coverage.disagreements.length} disagreements. `,
    exportButtons('coverage', exportRows)),
    h('div', { class: 'scroll' }, h('table', { class: 'coverage' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Statement'),
        coverage.articles.map((a) => h('th', { scope: 'col' }, link(`#/article/${a.id}`, a.outlet ?? a.title))))),
      h('tbody', {}, rows.map((row) => h('tr', {
        class: row.disagreement ? 'disagreement' : row.exclusive ? 'single' : '',
      }, rowHeader(row, outletOf), coverage.articles.map((a) => cell(row, a)))))))];
}
