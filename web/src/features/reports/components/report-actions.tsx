import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { IconDownload } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { useLanguage } from '../../../lib/i18n';
import { useProblemMessage } from '../../../lib/problem-message';
import { useDownloadReport, type ReportFile, type ReportTarget } from '../api/download-report';
import styles from './reports.module.css';

const FILES: {
  file: ReportFile;
  label: 'reports.download.xlsx' | 'reports.download.wide' | 'reports.download.machine';
}[] = [
  { file: 'xlsx', label: 'reports.download.xlsx' },
  { file: 'wide', label: 'reports.download.wide' },
  { file: 'machine', label: 'reports.download.machine' },
];

/**
 * The figures as files — a workbook and a CSV table for people (in the page's language), the
 * machine CSV for other tools — and the browser's print dialog (to paper or PDF).
 */
export function ReportActions({
  target,
  printable,
  files = ['xlsx', 'wide', 'machine'],
}: {
  target: ReportTarget;
  printable: boolean;
  files?: ReportFile[];
}) {
  const { t } = useTranslation();
  const locale = useLanguage();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const download = useDownloadReport({ onSuccess: () => announce(t('reports.downloaded')) });
  return (
    <div className={`${styles.actions} no-print`}>
      {FILES.filter((f) => files.includes(f.file)).map(({ file, label }) => (
        <Button
          key={file}
          variant="secondary"
          size="small"
          busy={download.isPending && download.variables?.file === file}
          onClick={() => download.mutate({ ...target, file, locale })}
        >
          <IconDownload size={18} />
          {t(label)}
        </Button>
      ))}
      {printable && (
        <Button size="small" onClick={() => window.print()}>
          {t('reports.print')}
        </Button>
      )}
      {download.error != null && (
        <Alert tone="error" title={t('reports.downloadFailed')} className={styles.actionsError}>
          <p>{problem(download.error)}</p>
        </Alert>
      )}
    </div>
  );
}
