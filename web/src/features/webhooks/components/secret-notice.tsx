import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookCreated } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { CopyField } from '../../../components/ui/copy-field';
import { IconAlert } from '../../../components/ui/icons';
import styles from './webhooks.module.css';

/**
 * The signing secret of a webhook just registered. The server shows it in this one answer only,
 * so it lives in this component's props and nowhere else; "Done" drops it for good.
 */
export function SecretNotice({ webhook, onDone }: { webhook: WebhookCreated; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={`card ${styles.secret}`} aria-labelledby="webhook-secret-heading">
      <h2 id="webhook-secret-heading" ref={heading} tabIndex={-1} className={styles.secretTitle}>
        <IconAlert size={24} />
        {t('webhooks.secretTitle')}
      </h2>
      <p>{t('webhooks.secretFor', { url: webhook.url })}</p>
      <p className={styles.secretWarning}>
        <strong>{t('webhooks.secretWarning')}</strong>
      </p>
      <CopyField label={t('webhooks.secretLabel')} value={webhook.secret} hint={t('webhooks.secretHint')} />
      <Button onClick={onDone}>{t('webhooks.secretDone')}</Button>
    </section>
  );
}
