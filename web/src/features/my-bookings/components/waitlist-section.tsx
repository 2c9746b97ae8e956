import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { useAnnounce } from '../../../components/ui/live-region';
import { ErrorState } from '../../../components/ui/states';
import { useFormat } from '../../../lib/use-format';
import { useMyWaitlist } from '../api/get-my-waitlist';
import { useLeaveWaitlist } from '../api/leave-waitlist';
import styles from './my-bookings.module.css';

/** The days I wait for a desk on; hidden while there are none. */
export function WaitlistSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const waitlist = useMyWaitlist();
  const leave = useLeaveWaitlist({ onSuccess: () => announce(t('waitlist.left')) });

  // nothing to show while loading or when empty
  if (waitlist.isPending) return null;
  const entries = waitlist.data?.filter((e) => e.status !== 'withdrawn') ?? [];
  if (waitlist.isSuccess && entries.length === 0) return null;

  return (
    <section aria-labelledby="waitlist-heading" className={styles.section}>
      <h2 id="waitlist-heading">{t('waitlist.myHeading')}</h2>
      {waitlist.isError && <ErrorState error={waitlist.error} onRetry={() => void waitlist.refetch()} />}
      <ul className={styles.list}>
        {entries.map((e) => (
          <li key={e.id} className={`card ${styles.waitCard}`}>
            <div>
              <strong>{f.dayLong(e.date)}</strong>
              {e.start && e.end && (
                <span>
                  {' '}
                  · {e.start}–{e.end}
                </span>
              )}
              <div>
                <Link to={`/spaces/${e.spaceId}?date=${e.date}`}>{e.spaceName}</Link>
              </div>
              <span className={`badge ${e.status === 'notified' ? 'badge-success' : 'badge-info'}`}>
                {e.status === 'notified'
                  ? t('waitlist.notified')
                  : e.position
                    ? t('waitlist.position', { position: e.position })
                    : t('waitlist.waiting')}
              </span>
            </div>
            <Button
              size="small"
              variant="ghost"
              onClick={() => leave.mutate(e.id)}
              busy={leave.isPending && leave.variables === e.id}
            >
              {t('waitlist.leave')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
