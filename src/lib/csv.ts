/**
 * CSV (RFC 4180) for spreadsheets: every cell quoted when it holds a comma, quote, CR or LF (quotes doubled), rows
 * joined by CRLF. Text cells that a spreadsheet would read as a formula (first character `=`, `+`, `-`, `@`, tab or CR)
 * get a leading `'` so they stay text (OWASP "CSV injection"). Numbers are written as they are.
 */
export type CsvCell = string | number | null;

const formulaStart = /^[=+\-@\t\r]/;

/** One cell: null is empty, numbers as is, text neutralised against formulas and quoted when needed. */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: header row, then the rows, CRLF after each. */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(formatCsvCell).join(',')}\r\n`).join('');
}
