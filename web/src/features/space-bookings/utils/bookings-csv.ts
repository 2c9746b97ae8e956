/**
 * The bookings list as a CSV file for a spreadsheet (semicolon-separated, UTF-8 with BOM, as German
 * Excel opens it). Safe whatever a name holds: every cell is quoted (a CR or LF cannot break a row),
 * and a cell starting with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'` so that no
 * spreadsheet runs it as a formula.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
