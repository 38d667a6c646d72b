// Newsgraph's start script for the GraphiQL page SmallRye GraphQL ships (served in place of its render.js by
// io.newsgraph.graphiql.GraphiQLScript, which fills in the endpoint below). SmallRye's script gives GraphiQL's
// fetcher a 'Content-Type' header on top of the 'content-type' the fetcher sets itself; the browser joins the two
// into "application/json, application/json". Here the fetcher sets the content type alone.
const api = '@endpoint@';

// The page's URL carries the editors' contents (?query=&variables=&operationName=), so a link to an example
// opens it ready to run, and the address bar can be shared. Headers are read from it but never written to it:
// they hold credentials.
const parameters = {};
new URLSearchParams(window.location.search).forEach((value, key) => { parameters[key] = value; });
for (const json of ['variables', 'headers']) {
  try {
    if (parameters[json]) parameters[json] = JSON.stringify(JSON.parse(parameters[json]), null, 2);
  } catch (e) {
    // shown as typed, for the person to fix
  }
}

function remember(key) {
  return (value) => {
    parameters[key] = value;
    const search = new URLSearchParams();
    Object.entries(parameters).filter(([, v]) => v).forEach(([k, v]) => search.set(k, v));
    history.replaceState(null, '', '?' + search);
  };
}

const origin = window.location.host + api;
ReactDOM.render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({
      url: window.location.protocol + '//' + origin,
      subscriptionUrl: (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + origin,
      headers: { Accept: 'application/json' },
    }),
    query: parameters.query,
    variables: parameters.variables,
    headers: parameters.headers,
    operationName: parameters.operationName,
    onEditQuery: remember('query'),
    onEditVariables: remember('variables'),
    onEditOperationName: remember('operationName'),
    headerEditorEnabled: true,
    // credentials typed in the headers pane stay in this tab only
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: true,
  }),
  document.getElementById('graphiql'),
);

// Back to the list of examples, from the top of GraphiQL's sidebar.
const examples = document.createElement('a');
examples.href = '/examples.html';
examples.textContent = 'Examples';
examples.title = 'Newsgraph: example queries over the seed story';
examples.className = 'graphiql-un-styled newsgraph-examples';
examples.style.cssText = 'font-size: 0.8rem; padding: 0.5rem 0; text-align: center;';
const sidebar = document.getElementsByClassName('graphiql-sidebar-section')[0];
sidebar.insertBefore(examples, sidebar.firstChild);
