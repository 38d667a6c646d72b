// Building the page from data without innerHTML: every text from the server is set as text, never parsed as HTML.

/** h('a', {href: '#/x', class: 'y'}, 'text', child, [children]) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
  return element;
}

export const link = (href, text, attributes = {}) => h('a', { href, ...attributes }, text);
export const actorLink = (actor) => link(`#/actor/${actor.id}`, actor.name);
export const stanceBadge = (stance) => h('span', { class: `stance stance-${stance.toLowerCase()}` }, stance);
/** A statement's kind in the words and colours of the workbench: quote or paraphrase. */
export const kindName = (kind) => (kind === 'DIRECT_QUOTE' ? 'quote' : 'paraphrase');
/** A coloured label: quote, paraphrase or reaction. */
export const kindBadge = (name) => h('span', { class: `kind kind-${name}` }, name);

let firstView = true;

/**
 * A loading line, replaced by what `build` returns, or by the error it throws. After a change of view the focus
 * goes to its heading, so keyboard and screen-reader users start there; the first view leaves it where it is.
 */
export async function render(main, title, build) {
  document.title = `${title} · Newsgraph workbench`;
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  try {
    main.replaceChildren(...[await build()].flat().filter((node) => node !== null && node !== undefined));
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' },
      `${error.message}${error.code ? ` (${error.code})` : ''}`));
  }
  if (!firstView) main.querySelector('h1')?.focus();
  firstView = false;
}

/** A captioned table in a horizontal scroller; each row is a list of cells, or a ready `tr`. */
export function dataTable(caption, headings, rows, empty = 'none extracted.') {
  if (rows.length === 0) return h('p', {}, h('strong', {}, caption), `: ${empty}`);
  return h('div', { class: 'scroll' }, h('table', { class: 'extracted' }, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headings.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((row) => (row instanceof Node ? row
      : h('tr', {}, row.map((c) => h('td', {}, c))))))));
}
/** A statement's speaker as a link, or words saying extraction named nobody. */
export const speakerLink = (actor) => (actor ? actorLink(actor) : h('em', {}, 'nobody named'));
