/**
 * What every exported spreadsheet cell goes through, whichever feature writes the file (reports,
 * survey results): CSV rows that neither break nor start a formula, texts for xlsx that a
 * spreadsheet keeps as text, and numbers rounded as people round them.
 */
import { stringify } from 'csv-stringify/sync';
import type writeXlsxFileType from 'write-excel-file/node';

/**
 * A text that a spreadsheet would take for a formula (= + - @, their full-width forms, or a
 * leading TAB or CR) gets a leading apostrophe, as OWASP advises; numbers are never passed here.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}

/** Every CSV we send: CRLF rows, and no cell that breaks a row or starts a formula. */
export function writeCsv(records: string[][], f: { delimiter: string; bom: boolean }): string {
  return stringify(records, {
    delimiter: f.delimiter,
    bom: f.bom,
    record_delimiter: 'windows',
    // with a record delimiter set, csv-stringify quotes only fields holding CRLF itself: a bare CR
    // or LF in a name would end the row in a spreadsheet, and the next cell could start a formula
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}

/** Half-up to `digits` decimals on the number's shortest decimal form (0.125 → 0.13, 1.005 → 1.01). */
export function roundHalfUp(x: number, digits: number): number {
  // shift the decimal point in the number's text (not by multiplying, which would reintroduce binary error)
  const shift = (n: number, by: number) => {
    const [mantissa, exponent = '0'] = String(n).split('e');
    return Number(`${mantissa}e${Number(exponent) + by}`);
  };
  return shift(Math.round(shift(x, digits)), -digits);
}

/**
 * An xlsx workbook of `sheets` (write-excel-file). The package is loaded on the first workbook
 * written: most starts of the server write none, and loading it took a tenth of a second of each.
 */
export async function xlsxWorkbook(sheets: Parameters<typeof writeXlsxFileType>[0]) {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile(sheets).toBuffer();
}
