import { useMutation } from '@tanstack/react-query';
import { XLSX_MEDIA_TYPE } from '@popdesk/shared';
import { downloadFromApi } from '../../../lib/api-download';
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

/** Fetched with the token, then handed to the browser as a file. */
export const downloadResults = ({ surveyId, filters, file, locale }: ResultsDownload) =>
  downloadFromApi(
    resultsPath(surveyId, filters, { format: file, locale }),
    file === 'xlsx' ? XLSX_MEDIA_TYPE : 'text/csv',
    `popdesk-umfrage-${surveyId}.${file}`,
  );

export const useDownloadResults = (options: { onSuccess?: () => void } = {}) =>
  useMutation({ mutationFn: downloadResults, onSuccess: () => options.onSuccess?.() });
