import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { useAnnounce } from '../../components/ui/live-region';
import { applyUpdate, useWaitingUpdate } from './update-store';
import styles from './pwa.module.css';

/**
 * "A new version is available – reload": a polite banner, never a dialog. The new version waits
 * until the person chooses it, so nothing changes under a half-filled form.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const waiting = useWaitingUpdate();
  const [reloading, setReloading] = useState(false);

  useEffect(() => {
    if (waiting) announce(t('pwa.updateAvailable'));
  }, [waiting, announce, t]);

  if (!waiting) return null;
  return (
    <Alert tone="info" live={false} title={t('pwa.updateAvailable')} className={styles.notice}>
      <div className={styles.update}>
        <p>{t('pwa.updateHint')}</p>
        <Button
          size="small"
          busy={reloading}
          onClick={() => {
            setReloading(true);
            applyUpdate();
          }}
        >
          {t('pwa.reload')}
        </Button>
      </div>
    </Alert>
  );
}
