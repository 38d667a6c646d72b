// The workbench: a hash router over the views, each a module building its part of the page from the public
// GraphQL API. #/search?q=…, #/story?articles=1,2, #/article/ID, #/actor/ID, #/graph[/actor|statement/ID], #/editor,
// #/review
import { actorView } from './actor.js';
import { render } from './dom.js';
import { editorView } from './editor.js';
import { graphView } from './graph.js';
import { queueView } from './queue.js';
import { readerView } from './reader.js';
import { searchView } from './search.js';
import { storyView } from './story.js';

const main = document.getElementById('main');

function route() {
  // In-page anchors (the skip link, a citation in the reader) are not views.
  if (location.hash && !location.hash.startsWith('#/')) return undefined;
  const [path, query] = (location.hash.slice(1) || '/story').split('?');
  const params = new URLSearchParams(query);
  const [, view, a, b] = path.split('/');
  for (const tab of document.querySelectorAll('nav a[data-view]')) {
    if (tab.dataset.view === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  switch (view) {
    case 'search': return render(main, 'Search', () => searchView(params));
    case 'article': return render(main, 'Article', () => readerView(a));
    case 'actor': return render(main, 'Actor', () => actorView(a));
    case 'graph': return render(main, 'Graph', () => graphView(a, b));
    case 'editor': return render(main, 'Editor', () => editorView());
    case 'review': return render(main, 'Review queue', () => queueView());
    default: return render(main, 'Story', () => storyView(params));
  }
}

addEventListener('hashchange', route);
route();
