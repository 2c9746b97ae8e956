import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { useAnnounce } from '../../components/ui/live-region';
import { useOnline } from '../../lib/use-online';
import styles from './pwa.module.css';

/** Says so while the browser is offline: what the pages show then is what the app saved last. */
export function OfflineNotice() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const online = useOnline();

  useEffect(() => {
    if (!online) announce(t('pwa.offline'));
  }, [online, announce, t]);

  if (online) return null;
  return (
    <Alert tone="warn" live={false} title={t('pwa.offline')} className={styles.notice}>
      <p>{t('pwa.offlineHint')}</p>
    </Alert>
  );
}
