import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import styles from './space-bookings.module.css';

/** The day's counts: booked, checked in, still expected, no-shows. */
export function TodayStats({ list }: { list: Booking[] }) {
  const { t } = useTranslation();
  const count = (s: Booking['status']) => list.filter((b) => b.status === s).length;
  const stats = [
    ['frontDesk.stats.booked', count('confirmed') + count('checked_in')],
    ['frontDesk.stats.checkedIn', count('checked_in')],
    ['frontDesk.stats.expected', count('confirmed')],
    ['frontDesk.stats.noShows', count('no_show')],
  ] as const;
  return (
    <dl className={styles.stats}>
      {stats.map(([label, n]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}
