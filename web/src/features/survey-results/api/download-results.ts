import { useMutation } from '@tanstack/react-query';
import { XLSX_MEDIA_TYPE } from '@popdesk/shared';
import { apiFetch } from '../../../lib/api-client';
import { downloadFile } from '../../../lib/ics';
import type { Language } from '../../../lib/i18n';
import type { AnswerFilter } from '../utils/filters';
import { resultsPath } from './get-survey-results';

export type ResultsFile = 'csv' | 'xlsx';

export interface ResultsDownload {
  surveyId: string;
  filters: AnswerFilter[];
  file: ResultsFile;
  locale: Language;
}

/** The file name the server suggests (Content-Disposition, RFC 6266: `filename*` first), else our own. */
export function fileName(header: string | null, fallback: string) {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // a broken encoding: fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback;
}

/** Fetched with the token (a plain link would not carry it), then handed to the browser as a file. */
export async function downloadResults({ surveyId, filters, file, locale }: ResultsDownload) {
  const res = await apiFetch(resultsPath(surveyId, filters, { format: file, locale }), {
    headers: { Accept: file === 'xlsx' ? XLSX_MEDIA_TYPE : 'text/csv' },
  });
  const blob = await res.blob();
  downloadFile(fileName(res.headers.get('Content-Disposition'), `popdesk-umfrage-${surveyId}.${file}`), blob);
}

export const useDownloadResults = (options: { onSuccess?: () => void } = {}) =>
  useMutation({ mutationFn: downloadResults, onSuccess: () => options.onSuccess?.() });
