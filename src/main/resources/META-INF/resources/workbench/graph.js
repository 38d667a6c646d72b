// View 5: actors, statements and reactions as a node-link graph (cytoscape.js, from the org.webjars.npm:cytoscape
// jar, served by Quarkus from the classpath). Around an actor, around a statement, or the whole reaction graph.
// Edges from a reacting actor are coloured by stance; the list under the canvas is the keyboard's way in.
import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { graphql } from './api.js';
import { h, link, stanceBadge } from './dom.js';
import { exportButtons } from './export.js';
import { STANCE_COLOURS } from './stances.js';

const STATEMENT = 'id text speaker { id name }';
const AROUND_ACTOR = `query ($id: ID!) { actor(id: $id) { id name
  statements(first: 100) { ${STATEMENT} reactions(first: 100) { id stance actor { id name } } }
  reactionsGiven(first: 100) { id stance actor { id name } target { ${STATEMENT} } } } }`;
const AROUND_STATEMENT = `query ($id: ID!) { statement(id: $id) { ${STATEMENT}
  reactions(first: 100) { id stance actor { id name } }
  expresses(first: 100) { id stance actor { id name } target { ${STATEMENT} } }
  variantOf { ${STATEMENT} } variants(first: 20) { ${STATEMENT} } } }`;
const EVERYTHING = `{ reactions(first: 100) { nodes { id stance actor { id name } target { ${STATEMENT} } } } }`;

class Graph {
  nodes = new Map();
  edges = new Map();

  actor(a) {
    this.nodes.set(`a${a.id}`, { id: `a${a.id}`, label: a.name, type: 'actor', href: `#/actor/${a.id}` });
  }

  statement(s) {
    const text = s.text.length > 60 ? `${s.text.slice(0, 57)}…` : s.text;
    this.nodes.set(`s${s.id}`, { id: `s${s.id}`, label: `“${text}”`, type: 'statement',
      href: `#/graph/statement/${s.id}` });
    this.actor(s.speaker);
    this.edges.set(`said${s.id}`, { id: `said${s.id}`, source: `a${s.speaker.id}`, target: `s${s.id}`, stance: 'SAID',
      label: 'said' });
  }

  reaction(r, target) {
    this.actor(r.actor);
    this.statement(target);
    this.edges.set(`r${r.id}`, { id: `r${r.id}`, source: `a${r.actor.id}`, target: `s${target.id}`, stance: r.stance,
      label: r.stance.toLowerCase() });
  }
}

async function load(kind, id) {
  const graph = new Graph();
  if (kind === 'actor') {
    const { actor } = await graphql(AROUND_ACTOR, { id });
    if (!actor) throw new Error(`no actor with id ${id}`);
    graph.actor(actor);
    for (const s of actor.statements) {
      graph.statement(s);
      for (const r of s.reactions) graph.reaction(r, s);
    }
    for (const r of actor.reactionsGiven) graph.reaction(r, r.target);
    return { graph, title: `Graph around ${actor.name}`, centre: `a${actor.id}` };
  }
  if (kind === 'statement') {
    const { statement } = await graphql(AROUND_STATEMENT, { id });
    if (!statement) throw new Error(`no statement with id ${id}`);
    graph.statement(statement);
    for (const r of statement.reactions) graph.reaction(r, statement);
    for (const r of statement.expresses) graph.reaction(r, r.target);
    for (const v of [statement.variantOf, ...statement.variants].filter(Boolean)) {
      graph.statement(v);
      graph.edges.set(`v${v.id}`, { id: `v${v.id}`, source: `s${statement.id}`, target: `s${v.id}`,
        stance: 'VARIANT', label: 'other account' });
    }
    return { graph, title: `Graph around “${statement.text}”`, centre: `s${statement.id}` };
  }
  const { reactions } = await graphql(EVERYTHING);
  for (const r of reactions.nodes) graph.reaction(r, r.target);
  return { graph, title: 'Who reacted to whom' };
}

function draw(container, graph, centre) {
  const cy = cytoscape({
    container,
    elements: [...[...graph.nodes.values()].map((data) => ({ data })),
      ...[...graph.edges.values()].map((data) => ({ data }))],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis',
        'text-max-width': 140, color: '#1a1a1a', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node[type = "actor"]', style: { 'background-color': '#2457a6', width: 22, height: 22 } },
      { selector: 'node[type = "statement"]', style: { shape: 'round-rectangle', 'background-color': '#9aa3ad',
        width: 16, height: 12 } },
      { selector: `node[id = "${centre}"]`, style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'line-color': (e) => STANCE_COLOURS[e.data('stance')], 'target-arrow-color': (e) =>
          STANCE_COLOURS[e.data('stance')] } },
    ],
    // The force layout costs seconds past 150 nodes (docs/workbench.md); rings by degree stay under one.
    layout: graph.nodes.size > 150 ? { name: 'concentric', animate: false }
      : { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true },
  });
  cy.on('tap', 'node', (event) => { location.hash = event.target.data('href'); });
  container.dataset.nodes = cy.nodes().length;
  container.dataset.edges = cy.edges().length;
}

export async function graphView(kind, id) {
  const { graph, title, centre } = await load(kind, id);
  const container = h('div', { class: 'graph', role: 'img',
    'aria-label': `${graph.nodes.size} nodes and ${graph.edges.size} edges; listed below` });
  // cytoscape measures its container, so it starts once the view is on the page.
  setTimeout(() => draw(container, graph, centre));
  const stances = [...new Set([...graph.edges.values()].map((e) => e.stance))].filter((s) => !['SAID', 'VARIANT']
    .includes(s));
  const nodes = [...graph.nodes.values()];
  return [h('h1', { tabindex: -1 }, title),
    h('p', { class: 'legend' }, 'Edges: ', h('span', { class: 'stance stance-said' }, 'said'), ' ',
      stances.map((s) => [stanceBadge(s), ' ']), ' · ', link('#/graph', 'whole reaction graph'), ' ',
      exportButtons(`graph-${kind ?? 'all'}${id ? `-${id}` : ''}-edges`, () => [...graph.edges.values()].map((e) => ({
        from: graph.nodes.get(e.source).label, relation: e.label, to: graph.nodes.get(e.target).label })))),
    container,
    h('details', {}, h('summary', {}, `The ${nodes.length} nodes as a list`),
      h('ul', { class: 'columns' }, nodes.map((n) => h('li', {}, link(n.href, n.label)))))];
}
