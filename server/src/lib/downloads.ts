/**
 * Files for download, whichever feature sends them (reports, survey results): which format a
 * request asks for (JSON, CSV or xlsx, by `format=` or the Accept header) and the name the file is
 * saved under (a slug of a town, RFC 6266 `Content-Disposition`).
 */
import { XLSX_MEDIA_TYPE } from '@popdesk/shared';

export type AnswerFormat = 'json' | 'csv' | 'xlsx';

/**
 * Does the request ask for CSV: `format=csv`, or an Accept header weighing text/csv above
 * application/json (and not below a wildcard)? Everything else gets JSON.
 */
export function wantsCsv(format: AnswerFormat | undefined, accept: string | undefined): boolean {
  if (format) return format === 'csv';
  const weight: Record<string, number> = {};
  for (const part of (accept ?? '').split(',')) {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weight[type.trim()] = Math.max(weight[type.trim()] ?? 0, q ? Number(q.slice(2)) || 0 : 1);
  }
  const csv = Math.max(weight['text/csv'] ?? 0, weight['text/*'] ?? 0);
  const json = weight['application/json'] ?? 0;
  const any = Math.max(weight['*/*'] ?? 0, weight['application/*'] ?? 0);
  return csv > 0 && csv > json && csv >= any;
}

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

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266, RFC 8187); `inline` to show it in place. */
export function contentDisposition(
  name: { ascii: string; unicode: string },
  kind: 'attachment' | 'inline' = 'attachment',
): string {
  const encoded = encodeURIComponent(name.unicode).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}
