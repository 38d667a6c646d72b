// Export of any list the workbench shows: the same rows as CSV (RFC 4180) or JSON, downloaded by the browser.
import { h } from './dom.js';

function csvCell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return [columns, ...rows.map((row) => columns.map((column) => row[column]))]
    .map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = h('a', { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Two buttons exporting `rows()` (flat objects) as NAME.csv and NAME.json. */
export function exportButtons(name, rows) {
  return h('span', { class: 'export' },
    h('button', { type: 'button', onclick: () => download(`${name}.csv`, 'text/csv', toCsv(rows())) }, 'CSV'),
    h('button', { type: 'button', onclick: () => download(`${name}.json`, 'application/json',
      JSON.stringify(rows(), null, 2)) }, 'JSON'));
}
