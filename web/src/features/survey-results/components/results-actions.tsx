import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { IconDownload } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { useLanguage } from '../../../lib/i18n';
import { useProblemMessage } from '../../../lib/problem-message';
import { useDownloadResults, type ResultsFile } from '../api/download-results';
import type { AnswerFilter } from '../utils/filters';
import styles from './survey-results.module.css';

const FILES: { file: ResultsFile; label: 'surveyResults.download.xlsx' | 'surveyResults.download.csv' }[] = [
  { file: 'xlsx', label: 'surveyResults.download.xlsx' },
  { file: 'csv', label: 'surveyResults.download.csv' },
];

/** The results as they are shown (same filters, folded the same) as a workbook or a CSV, and printing. */
export function ResultsActions({
  surveyId,
  filters,
  printable,
}: {
  surveyId: string;
  filters: AnswerFilter[];
  printable: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLanguage();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const download = useDownloadResults({ onSuccess: () => announce(t('surveyResults.download.done')) });
  return (
    <div className={`${styles.actions} no-print`}>
      {FILES.map(({ file, label }) => (
        <Button
          key={file}
          variant="secondary"
          size="small"
          busy={download.isPending && download.variables?.file === file}
          onClick={() => download.mutate({ surveyId, filters, file, locale })}
        >
          <IconDownload size={18} />
          {t(label)}
        </Button>
      ))}
      {printable && (
        <Button size="small" onClick={() => window.print()}>
          {t('surveyResults.print')}
        </Button>
      )}
      {download.error != null && (
        <Alert tone="error" title={t('surveyResults.download.failed')} className={styles.actionsError}>
          <p>{problem(download.error)}</p>
        </Alert>
      )}
    </div>
  );
}
