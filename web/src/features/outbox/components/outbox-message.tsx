import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/use-format';
import { OutboxStatusBadge } from './outbox-status';
import styles from './outbox.module.css';

const TRANSPORTS = ['smtp', 'file', 'db'] as const;
const isTransport = (v: string): v is (typeof TRANSPORTS)[number] => (TRANSPORTS as readonly string[]).includes(v);

/** One e-mail: to whom, what, when, how it went; opened, its text and the names of its attachments. */
export function OutboxMessageCard({ message: m, timezone }: { message: OutboxMessage; timezone: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const when = (instant: string) => f.dateTimeOf(instant, timezone);
  const transport = m.transport && (isTransport(m.transport) ? t(`outbox.transport.${m.transport}`) : m.transport);

  return (
    <article
      className={`card ${styles.message} ${m.status === 'failed' ? styles.failed : ''}`}
      aria-labelledby={`${ids}-subject`}
    >
      <div className={styles.head}>
        <h2 id={`${ids}-subject`} className={styles.subject}>
          {m.subject}
        </h2>
        <OutboxStatusBadge status={m.status} />
      </div>
      <dl className={`facts ${styles.facts}`}>
        <dt>{t('outbox.to')}</dt>
        <dd className={styles.address}>{m.to}</dd>
        <dt>{t('outbox.kindLabel')}</dt>
        <dd>{t(`outbox.kind.${m.kind}`)}</dd>
        <dt>{t('outbox.created')}</dt>
        <dd>{when(m.createdAt)}</dd>
        {m.sentAt && (
          <>
            <dt>{t('outbox.sent')}</dt>
            <dd>{transport ? t('outbox.sentVia', { time: when(m.sentAt), transport }) : when(m.sentAt)}</dd>
          </>
        )}
        {m.status !== 'sent' && (
          <>
            <dt>{t('outbox.attemptsLabel')}</dt>
            <dd>{m.attempts}</dd>
          </>
        )}
        {(m.status === 'pending' || m.status === 'sending') && m.attempts > 0 && (
          <>
            <dt>{t('outbox.nextAttempt')}</dt>
            <dd>{when(m.nextAttemptAt)}</dd>
          </>
        )}
      </dl>
      {m.status === 'failed' ? (
        <Alert tone="error" live={false} title={t('outbox.failedTitle', { count: m.attempts })}>
          <p className={styles.error}>{m.lastError ?? t('outbox.noErrorText')}</p>
        </Alert>
      ) : (
        m.lastError && (
          <Alert tone="warn" live={false} title={t('outbox.retrying')}>
            <p className={styles.error}>{m.lastError}</p>
          </Alert>
        )
      )}
      <Button
        variant="secondary"
        size="small"
        aria-expanded={open}
        aria-controls={`${ids}-body`}
        aria-describedby={`${ids}-subject`}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('outbox.hide') : t('outbox.show')}
      </Button>
      <div id={`${ids}-body`} hidden={!open} className={styles.content}>
        {open && (
          <>
            <h3 className={styles.contentHeading}>{t('outbox.bodyHeading')}</h3>
            <pre className={styles.body} lang={m.locale}>
              {m.body}
            </pre>
            <h3 className={styles.contentHeading}>{t('outbox.attachments')}</h3>
            {m.attachments.length === 0 ? (
              <p className="muted">{t('outbox.noAttachments')}</p>
            ) : (
              <ul className={styles.attachments}>
                {m.attachments.map((a) => (
                  <li key={a.filename}>
                    {a.filename} <span className="muted">({a.contentType})</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </article>
  );
}
