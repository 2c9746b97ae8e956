/**
 * The language and the file name of a report for people. Which format a request asks for, and the
 * rule that keeps every exported cell from being run as a formula, are in lib/ (downloads.ts,
 * spreadsheet-cells.ts): survey results use them too.
 */
import { slug } from '../../lib/downloads.js';
import type { ReportLocale } from './report-labels.js';

/** The files for people speak German unless English is asked for. */
export const exportLocale = (locale: ReportLocale | undefined): ReportLocale => locale ?? 'de';

/**
 * `popdesk-<town>-<month>` or `popdesk-<town>-<from>_<to>`; several spaces are `alle-spaces` /
 * `all-spaces`. Returns the ASCII name and the Unicode one (for RFC 6266 `filename*`).
 */
export function exportFileName(
  opts: { town: string | null; from: string; to: string; locale: ReportLocale },
  extension: 'csv' | 'xlsx',
): { ascii: string; unicode: string } {
  const months = opts.from === opts.to ? opts.from : `${opts.from}_${opts.to}`;
  const place = (ascii: boolean) =>
    opts.town === null ? (opts.locale === 'de' ? 'alle-spaces' : 'all-spaces') : slug(opts.town, ascii) || 'space';
  const name = (ascii: boolean) => `popdesk-${place(ascii)}-${months}.${extension}`;
  return { ascii: name(true), unicode: name(false) };
}
