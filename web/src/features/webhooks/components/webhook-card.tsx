import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Webhook } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/use-format';
import { DeliveryLog } from './delivery-log';
import styles from './webhooks.module.css';

interface Props {
  webhook: Webhook;
  timezone: string;
  onDelete: (webhook: Webhook) => void;
  deleting: boolean;
}

/** One registered webhook: where it posts, what, since when; its delivery log on demand. */
export function WebhookCard({ webhook: w, timezone, onDelete, deleting }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const ids = useId();
  const [logOpen, setLogOpen] = useState(false);
  return (
    <article className={`card ${styles.webhook}`} aria-labelledby={`${ids}-url`}>
      <div className={styles.webhookHead}>
        <h3 id={`${ids}-url`} className={styles.url}>
          {w.url}
        </h3>
        {!w.active && <span className="badge badge-neutral">{t('webhooks.inactive')}</span>}
      </div>
      {w.description && <p className={styles.description}>{w.description}</p>}
      <dl className={`facts ${styles.facts}`}>
        <dt>{t('webhooks.fields.events')}</dt>
        <dd>
          <ul className={styles.eventList}>
            {w.events.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('webhooks.created')}</dt>
        <dd>{f.dateTimeOf(w.createdAt, timezone)}</dd>
      </dl>
      <div className="cluster">
        <Button
          variant="secondary"
          size="small"
          aria-expanded={logOpen}
          aria-controls={`${ids}-log`}
          aria-describedby={`${ids}-url`}
          onClick={() => setLogOpen((o) => !o)}
        >
          {logOpen ? t('webhooks.hideDeliveries') : t('webhooks.showDeliveries')}
        </Button>
        <Button
          variant="ghost"
          size="small"
          className={styles.deleteBtn}
          busy={deleting}
          aria-describedby={`${ids}-url`}
          onClick={() => onDelete(w)}
        >
          {t('webhooks.delete')}
        </Button>
      </div>
      <section id={`${ids}-log`} hidden={!logOpen} aria-label={t('webhooks.deliveriesHeading', { url: w.url })}>
        {logOpen && <DeliveryLog webhookId={w.id} timezone={timezone} />}
      </section>
    </article>
  );
}
