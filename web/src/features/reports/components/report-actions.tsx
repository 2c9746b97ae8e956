import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { IconDownload } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { useProblemMessage } from '../../../lib/problem-message';
import { useDownloadCsv, type CsvFlavour, type CsvTarget } from '../api/download-csv';
import styles from './reports.module.css';

/** CSV for German Excel or for other tools, and the browser's print dialog (to paper or PDF). */
export function ReportActions({ csv, printable }: { csv: CsvTarget; printable: boolean }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const download = useDownloadCsv({ onSuccess: () => announce(t('reports.downloaded')) });
  const get = (flavour: CsvFlavour) => download.mutate({ ...csv, flavour });
  return (
    <div className={`${styles.actions} no-print`}>
      <Button
        variant="secondary"
        size="small"
        busy={download.isPending && download.variables?.flavour === 'de'}
        onClick={() => get('de')}
      >
        <IconDownload size={18} />
        {t('reports.csvExcel')}
      </Button>
      <Button
        variant="secondary"
        size="small"
        busy={download.isPending && download.variables?.flavour === 'en'}
        onClick={() => get('en')}
      >
        <IconDownload size={18} />
        {t('reports.csvStandard')}
      </Button>
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
