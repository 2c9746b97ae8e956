import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookDelivery } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { IconAlert, IconCheck } from '../../../components/ui/icons';
import { QueueStatusBadge } from '../../../components/ui/queue-status-badge';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useFormat } from '../../../lib/use-format';
import { useDeliveries } from '../api/get-deliveries';
import { EVENT_KEY } from './events';
import styles from './webhooks.module.css';

export function DeliveryStatusBadge({ status }: { status: WebhookDelivery['status'] }) {
  const { t } = useTranslation();
  return (
    <QueueStatusBadge state={status === 'delivered' ? 'done' : status}>
      {t(`webhooks.deliveryStatus.${status}`)}
    </QueueStatusBadge>
  );
}

/** A webhook's deliveries, newest first, each with every attempt: when, HTTP status or error, how long. */
export function DeliveryLog({ webhookId, timezone }: { webhookId: string; timezone: string }) {
  const { t } = useTranslation();
  const deliveries = useDeliveries(webhookId);
  if (deliveries.isPending) return <Skeleton lines={3} height="2rem" label={t('webhooks.deliveriesLoading')} />;
  if (deliveries.isError) return <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  return (
    <div className={styles.log}>
      <div className={styles.logHead}>
        <p role="status" className="muted">
          {t('webhooks.deliveriesCount', { count: deliveries.data.length })}
        </p>
        <Button variant="secondary" size="small" busy={deliveries.isFetching} onClick={() => void deliveries.refetch()}>
          {t('webhooks.refresh')}
        </Button>
      </div>
      {deliveries.data.length === 0 ? (
        <EmptyState title={t('webhooks.deliveriesEmptyTitle')}>{t('webhooks.deliveriesEmpty')}</EmptyState>
      ) : (
        <ol className={styles.deliveries}>
          {deliveries.data.map((d) => (
            <DeliveryItem key={d.id} delivery={d} timezone={timezone} />
          ))}
        </ol>
      )}
    </div>
  );
}

function DeliveryItem({ delivery: d, timezone }: { delivery: WebhookDelivery; timezone: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const ids = useId();
  const when = (instant: string) => f.dateTimeOf(instant, timezone);
  return (
    <li className={`${styles.delivery} ${d.status === 'failed' ? styles.deliveryFailed : ''}`}>
      <div className={styles.deliveryHead}>
        <h4 id={`${ids}-title`} className={styles.deliveryTitle}>
          <code>{d.event}</code> <span className="muted">· {when(d.createdAt)}</span>
        </h4>
        <DeliveryStatusBadge status={d.status} />
      </div>
      <p className="muted">{t(`webhooks.events.${EVENT_KEY[d.event]}`)}</p>
      {d.log.length === 0 ? (
        <p className={styles.attemptNone}>{t('webhooks.noAttempts', { time: when(d.nextAttemptAt) })}</p>
      ) : (
        <ol className={styles.attempts} aria-label={t('webhooks.attemptsLabel', { count: d.log.length })}>
          {d.log.map((a, i) => {
            const ok = a.error === null && a.statusCode !== null && a.statusCode >= 200 && a.statusCode < 300;
            return (
              <li key={`${a.at}-${i}`} className={ok ? styles.attemptOk : styles.attemptFailed}>
                {ok ? <IconCheck size={16} /> : <IconAlert size={16} />}
                <span>
                  {t('webhooks.attempt', { n: i + 1, time: when(a.at) })}
                  {' · '}
                  {a.statusCode !== null ? t('webhooks.httpStatus', { code: a.statusCode }) : t('webhooks.noResponse')}
                  {a.error && a.error !== `HTTP ${a.statusCode}` && (
                    <>
                      {' '}
                      · <span className={styles.attemptError}>{a.error}</span>
                    </>
                  )}
                  {' · '}
                  {t('webhooks.duration', { ms: a.durationMs })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {d.status === 'pending' && d.log.length > 0 && (
        <p className="muted">{t('webhooks.nextAttempt', { time: when(d.nextAttemptAt) })}</p>
      )}
    </li>
  );
}
