/**
 * CSV as people exchange it with Excel (RFC 4180): fields quoted when they hold the separator,
 * a quote or a line break, rows ended by CRLF. Written files start with a UTF-8 byte-order
 * mark, without which Excel reads Chinese names as mojibake; read files may start with one.
 */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null;

const needsQuotes = /[",\r\n;]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return needsQuotes.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as one CSV text with the BOM; null cells are empty (unknown, not 0). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The separator of a file: Excel writes ';' in locales whose decimal mark is ',', and some tools tabs. */
function separatorOf(body: string): string {
  const firstLine = (body.replace(/"(?:[^"]|"")*"/g, '').split(/\r?\n/, 1)[0] ?? '');
  const counts = [',', ';', '\t'].map((sep) => ({ sep, n: firstLine.split(sep).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] !== undefined && counts[0].n > 0 ? counts[0].sep : ',';
}

/**
 * The rows of a CSV text, each a list of fields as written (quotes removed, "" unescaped).
 * Blank lines are kept as `[]` so that row numbers match the lines a person sees in the file.
 * An unterminated quote is an error, not a guess.
 */
export function parseCsv(text: string): { ok: true; rows: string[][] } | { ok: false; error: string } {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const sep = separatorOf(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let touched = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"') {
      quoted = true;
      touched = true;
    } else if (c === sep) {
      endField();
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      if (touched || field !== '') {
        endField();
        rows.push(row);
      } else rows.push([]);
      row = [];
      field = '';
      touched = false;
    } else field += c;
  }
  if (quoted) return { ok: false, error: `line ${rows.length + 1} opens a quote that is never closed` };
  if (touched || field !== '') rows.push([...row, field]);
  return { ok: true, rows };
}
