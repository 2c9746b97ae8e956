import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { useAnnounce } from '../../../components/ui/live-region';
import { ErrorState } from '../../../components/ui/states';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCancelRegistration } from '../api/cancel-registration';
import { useMyRegistrations } from '../api/get-my-registrations';
import { RegistrationCard, type RegistrationWithEvent } from './registration-card';
import styles from './my-bookings.module.css';

/** "My events": the events I am registered for or wait for, then past ones; hidden while there are none. */
export function RegistrationsSection({ now }: { now: number }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const registrations = useMyRegistrations();
  const [asking, setAsking] = useState<RegistrationWithEvent | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const cancel = useCancelRegistration({
    onSuccess: () => announce(t('events.mine.cancelledNow')),
    onError: (err) => setFailure(t('events.mine.cancelFailed', { reason: problem(err) })),
  });

  if (registrations.isPending) return null;
  const list = (registrations.data ?? []).filter(
    (r): r is RegistrationWithEvent => !!r.event && r.status !== 'cancelled',
  );
  if (registrations.isSuccess && list.length === 0) return null;
  const ahead = list.filter((r) => Date.parse(r.event.end) > now);
  const past = list.filter((r) => Date.parse(r.event.end) <= now);

  return (
    <section aria-labelledby="my-events-heading" className={styles.section}>
      <h2 id="my-events-heading">
        {t('events.mine.heading')} <span className={styles.count}>({ahead.length})</span>
      </h2>
      {registrations.isError && <ErrorState error={registrations.error} onRetry={() => void registrations.refetch()} />}
      {failure && (
        <Alert tone="error" title={t('events.register.failed')}>
          <p>{failure}</p>
        </Alert>
      )}
      <ul className={styles.list}>
        {ahead.map((r) => (
          <li key={r.id}>
            <RegistrationCard
              registration={r}
              now={now}
              onCancel={(x) => {
                setFailure(null);
                setAsking(x);
              }}
              cancelling={cancel.isPending && cancel.variables === r.id}
            />
          </li>
        ))}
      </ul>
      {past.length > 0 && (
        <details>
          <summary>
            {t('events.mine.past')} ({past.length})
          </summary>
          <ul className={styles.list}>
            {past.map((r) => (
              <li key={r.id}>
                <RegistrationCard registration={r} now={now} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <p>
        <Link to="/events">{t('events.mine.browse')}</Link>
      </p>
      <ConfirmDialog
        open={asking !== null}
        title={t('events.register.cancelTitle')}
        confirmLabel={t('events.register.cancelConfirm')}
        confirmVariant="danger"
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (asking) cancel.mutate(asking.id);
          setAsking(null);
        }}
      >
        {asking && (
          <p>
            <strong>{asking.event.title}</strong> –{' '}
            {asking.status === 'waitlisted' ? t('events.register.cancelTextWaiting') : t('events.register.cancelText')}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
