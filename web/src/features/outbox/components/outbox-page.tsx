import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTBOX_STATUSES, type OutboxStatus } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { IconInfo } from '../../../components/ui/icons';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, SkeletonCards } from '../../../components/ui/states';
import { viewerTimeZone } from '../../../lib/dates';
import { OUTBOX_MAX, OUTBOX_PAGE, useOutbox } from '../api/get-outbox';
import { OutboxMessageCard } from './outbox-message';
import styles from './outbox.module.css';

interface Props {
  status: OutboxStatus | '';
  onStatus: (status: OutboxStatus | '') => void;
}

/** Admins: the e-mails PopDesk queued, sent and could not send, newest first. */
export function OutboxPage({ status, onStatus }: Props) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(OUTBOX_PAGE);
  // another status starts again with the first page
  const [shownStatus, setShownStatus] = useState(status);
  if (shownStatus !== status) {
    setShownStatus(status);
    setLimit(OUTBOX_PAGE);
  }
  const messages = useOutbox({ status: status || undefined, limit });
  const timezone = viewerTimeZone();
  const list = messages.data;
  const more = !!list && list.length >= limit && limit < OUTBOX_MAX;

  return (
    <Page title={t('outbox.title')} intro={t('outbox.intro')}>
      <div className={styles.toolbar}>
        <SelectField
          label={t('outbox.statusFilter')}
          value={status}
          onChange={(e) => onStatus(e.target.value as OutboxStatus | '')}
        >
          <option value="">{t('outbox.allStatuses')}</option>
          {OUTBOX_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`outbox.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>

      {messages.isPending && <SkeletonCards count={3} label={t('outbox.loading')} />}
      {messages.isError && <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />}
      {list && list.length === 0 && (
        <EmptyState
          icon={<IconInfo size={32} />}
          title={
            status ? t('outbox.emptyFilteredTitle', { status: t(`outbox.status.${status}`) }) : t('outbox.emptyTitle')
          }
        >
          {t('outbox.empty')}
        </EmptyState>
      )}
      {list && list.length > 0 && (
        <>
          <p role="status" className="muted">
            {t('outbox.count', { count: list.length })} {t('outbox.timesIn', { zone: timezone })}
          </p>
          <ul className={styles.list}>
            {list.map((m) => (
              <li key={m.id}>
                <OutboxMessageCard message={m} timezone={timezone} />
              </li>
            ))}
          </ul>
          {more && (
            <Button
              variant="secondary"
              busy={messages.isPlaceholderData}
              onClick={() => setLimit((n) => Math.min(n + OUTBOX_PAGE, OUTBOX_MAX))}
            >
              {t('outbox.loadMore')}
            </Button>
          )}
          {!more && list.length >= OUTBOX_MAX && <p className="muted">{t('outbox.limited', { max: OUTBOX_MAX })}</p>}
        </>
      )}
    </Page>
  );
}
