/**
 * What a report request asks for (JSON, CSV or an xlsx workbook; the machine CSV or the wide one
 * for people), the file name it is saved under, and the one rule that keeps every exported cell
 * from being run as a spreadsheet formula.
 */
import { XLSX_MEDIA_TYPE } from '@popdesk/shared';
import { wantsCsv } from './csv.js';
import type { ReportLocale } from './report-labels.js';

export type AnswerFormat = 'json' | 'csv' | 'xlsx';

/** `format=` wins; else the Accept header: the xlsx media type, text/csv (see wantsCsv) or JSON. */
export function answerFormat(format: AnswerFormat | undefined, accept: string | undefined): AnswerFormat {
  if (format) return format;
  const xlsx = (accept ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase().split(';'))
    .find(([type]) => type?.trim() === XLSX_MEDIA_TYPE);
  if (xlsx) {
    const q = xlsx.slice(1).find((p) => p.trim().startsWith('q='));
    if (!q || Number(q.trim().slice(2)) > 0) return 'xlsx';
  }
  return wantsCsv(undefined, accept) ? 'csv' : 'json';
}

/** The files for people speak German unless English is asked for. */
export const exportLocale = (locale: ReportLocale | undefined): ReportLocale => locale ?? 'de';

/**
 * A text that a spreadsheet would take for a formula (= + - @, their full-width forms, or a
 * leading TAB or CR) gets a leading apostrophe, as OWASP advises; numbers are never passed here.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };

/** `Oestrich-Winkel` → `oestrich-winkel`, `Müncheberg` → `muencheberg` (ASCII) or `müncheberg`. */
export function slug(text: string, ascii: boolean): string {
  let s = text.toLowerCase();
  if (ascii) {
    s = s
      .replace(/[äöüßæøå]/g, (c) => TRANSLITERATION[c] ?? c)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-');
  } else {
    s = s.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-');
  }
  return s
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

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

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266, RFC 8187). */
export function contentDisposition(name: { ascii: string; unicode: string }): string {
  const encoded = encodeURIComponent(name.unicode).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}
