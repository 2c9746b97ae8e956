import { useMutation } from '@tanstack/react-query';
import { XLSX_MEDIA_TYPE } from '@popdesk/shared';
import { downloadFromApi } from '../../../lib/api-download';
import type { Language } from '../../../lib/i18n';
import { usagePath, type UsageRange } from './get-usage';

/**
 * What a file holds: `xlsx` = a workbook for people, `wide` = the same as a CSV table (one row a
 * space-month, titled columns), `machine` = one row a figure with English keys, for other tools.
 */
export type ReportFile = 'xlsx' | 'wide' | 'machine';

/** Whose figures: one space's month, the usage series, or a season (one space or all). */
export type ReportTarget =
  | { kind: 'monthly'; spaceId: string; month: string }
  | { kind: 'usage'; range: UsageRange }
  | { kind: 'season'; range: UsageRange };
export type DownloadRequest = ReportTarget & { file: ReportFile; locale: Language };

const FORMAT: Record<ReportFile, string> = {
  xlsx: 'format=xlsx',
  wide: 'format=csv&layout=wide',
  machine: 'format=csv',
};

export function downloadPath(r: DownloadRequest) {
  // machine CSV: de = German Excel (`;`, decimal comma, BOM), en = RFC 4180, as before
  const options = `${FORMAT[r.file]}&locale=${r.locale}`;
  if (r.kind === 'monthly')
    return `/spaces/${encodeURIComponent(r.spaceId)}/reports/monthly?month=${r.month}&${options}`;
  return `/reports/${r.kind}?${usagePath(r.range)}&${options}`;
}

function fallbackName(r: DownloadRequest) {
  const ext = r.file === 'xlsx' ? 'xlsx' : 'csv';
  return r.kind === 'monthly' ? `popdesk-${r.month}.${ext}` : `popdesk-${r.kind}-${r.range.from}-${r.range.to}.${ext}`;
}

/** Fetched with the token (a plain link would not carry it), then handed to the browser as a file. */
export const downloadReport = (r: DownloadRequest) =>
  downloadFromApi(downloadPath(r), r.file === 'xlsx' ? XLSX_MEDIA_TYPE : 'text/csv', fallbackName(r));

export const useDownloadReport = (options: { onSuccess?: () => void } = {}) =>
  useMutation({ mutationFn: downloadReport, onSuccess: () => options.onSuccess?.() });
