import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { IconDownload } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { useProblemMessage } from '../../../lib/problem-message';
import { useExportMe } from '../api/export-me';

/** Everything stored about the person, as a download. */
export function ExportSection() {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const announce = useAnnounce();
  const exportMe = useExportMe((date) => t('profile.exportFileName', { date }));
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('profile.exportHeading')}</h2>
      <p>{t('profile.exportText')}</p>
      {exportMe.error != null && (
        <Alert tone="error" title={t('profile.exportFailed')}>
          <p>{problem(exportMe.error)}</p>
        </Alert>
      )}
      <Button
        variant="secondary"
        busy={exportMe.isPending}
        onClick={() => exportMe.mutate(undefined, { onSuccess: () => announce(t('profile.exportDone')) })}
      >
        <IconDownload />
        {t('profile.exportButton')}
      </Button>
    </section>
  );
}
