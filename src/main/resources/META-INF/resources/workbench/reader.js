// View 3: the article's body with every cited excerpt highlighted, coloured by kind. Citations overlap (a
// reaction and the statement voicing it often share a span), so the body is cut at every citation boundary and
// each piece names all the citations covering it; its colour is the innermost one's.
import { graphql } from './api.js';
import { actorLink, h, kindBadge, kindName, link, stanceBadge } from './dom.js';
import { exportButtons } from './export.js';

const ARTICLE = `query Article($id: ID!) {
  article(id: $id) {
    id title standfirst outlet author publishedAt url body
    citations(first: 100) {
      id startOffset endOffset excerpt
      statement { id kind text speaker { id name } }
      reaction { id stance actor { id name } target { id text speaker { id name } } }
    }
  }
}`;

const kindOf = (c) => (c.reaction ? 'reaction' : kindName(c.statement.kind));
const speakerOf = (c) => (c.reaction ? c.reaction.actor : c.statement.speaker);

function highlightedBody(body, citations) {
  const cuts = [...new Set([0, body.length, ...citations.flatMap((c) => [c.startOffset, c.endOffset])])]
    .sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const text = body.slice(start, end);
    const covering = citations.filter((c) => c.startOffset <= start && end <= c.endOffset)
      .sort((a, b) => (a.endOffset - a.startOffset) - (b.endOffset - b.startOffset));
    if (covering.length === 0) {
      pieces.push(text);
      continue;
    }
    const inner = covering[0];
    pieces.push(h('a', { href: `#citation-${inner.id}`, class: `cited kind-${kindOf(inner)}`,
      'data-citations': covering.map((c) => c.id).join(' '),
      title: covering.map((c) => `${kindOf(c)}: ${speakerOf(c).name}`).join('\n') }, text));
  }
  return pieces.map((piece) => (typeof piece === 'string' ? piece.split('\n').flatMap((line, i) =>
    (i ? [h('br'), line] : [line])) : piece));
}

function citationItem(c) {
  const kind = kindOf(c);
  return h('li', { id: `citation-${c.id}`, class: `kind-${kind}` },
    kindBadge(kind), ' ', actorLink(speakerOf(c)), ' ',
    c.reaction ? [stanceBadge(c.reaction.stance), ' ', actorLink(c.reaction.target.speaker), ': ',
      link(`#/graph/statement/${c.reaction.target.id}`, h('q', {}, c.reaction.target.text))]
      : link(`#/graph/statement/${c.statement.id}`, h('q', {}, c.statement.text)),
    h('span', { class: 'muted' }, ` [${c.startOffset}–${c.endOffset})`));
}

export async function readerView(id) {
  const { article } = await graphql(ARTICLE, { id });
  if (!article) throw new Error(`no article with id ${id}`);
  const citations = [...article.citations].sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset);
  const legend = ['quote', 'paraphrase', 'reaction'].map((k) => [kindBadge(k),
    ` ${citations.filter((c) => kindOf(c) === k).length} `]);
  return [h('h1', { tabindex: -1 }, article.title),
    h('p', { class: 'muted' }, [article.outlet, article.author, article.publishedAt].filter(Boolean).join(' · '),
      article.url ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer' }, 'original')] : null,
      ' · ', link(`#/story?articles=${article.id}`, 'its statements in the story view')),
    article.standfirst ? h('p', { class: 'standfirst' }, article.standfirst) : null,
    h('div', { class: 'reader' },
      h('article', { class: 'body', 'aria-label': 'Article text with cited excerpts highlighted' },
        highlightedBody(article.body, citations)),
      h('aside', { class: 'citations' },
        h('h2', {}, `${citations.length} citations `, exportButtons(`article-${article.id}-citations`,
          () => citations.map((c) => ({ id: c.id, kind: kindOf(c), speaker: speakerOf(c).name,
            stance: c.reaction?.stance ?? '', statement: c.statement?.text ?? c.reaction.target.text,
            excerpt: c.excerpt, startOffset: c.startOffset, endOffset: c.endOffset })))),
        h('p', { class: 'legend' }, legend),
        h('ol', {}, citations.map(citationItem))))];
}
