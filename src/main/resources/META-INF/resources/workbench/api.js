// The one door to the server: the public GraphQL endpoint, as any client would use it.

const CREDENTIALS = 'newsgraph.editor';

/** The editor's credentials for this tab (sessionStorage), or null when signed out. */
export function signedIn() {
  return sessionStorage.getItem(CREDENTIALS);
}

export function signIn(user, password) {
  sessionStorage.setItem(CREDENTIALS, btoa(unescape(encodeURIComponent(`${user}:${password}`))));
}

export function signOut() {
  sessionStorage.removeItem(CREDENTIALS);
}

/** Runs one operation; resolves to its data, or rejects with the server's first error message and code. */
export async function graphql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const credentials = signedIn();
  if (credentials && /^\s*mutation/.test(query)) headers.Authorization = `Basic ${credentials}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const answer = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (answer.errors?.length) {
    const [first] = answer.errors;
    const error = new Error(first.message);
    error.code = first.extensions?.code;
    throw error;
  }
  return answer.data;
}
