import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '@popdesk/shared';
import { useNumbers } from '../utils/numbers';
import styles from './reports.module.css';

/** The month's headline figures, each with what it is made of. */
export function KpiGrid({ report: r }: { report: MonthlyReport }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const tiles = [
    {
      key: 'utilisation',
      value: n.percent(r.utilisation),
      detail: t('reports.detail.utilisation', {
        booked: n.hours(r.bookedDeskHours),
        available: n.hours(r.availableDeskHours),
      }),
    },
    {
      key: 'occupancy',
      value: n.percent(r.occupancy),
      detail: t('reports.detail.occupancy', { occupied: n.hours(r.occupiedDeskHours) }),
    },
    {
      key: 'bookings',
      value: n.int(r.bookings),
      detail: t('reports.detail.bookings', {
        count: r.guestBookings,
        guests: n.int(r.guestBookings),
        cancelled: n.int(r.cancellations),
      }),
    },
    {
      key: 'uniqueUsers',
      value: n.int(r.uniqueUsers),
      detail: t('reports.detail.uniqueUsers', { newUsers: n.int(r.newUsers) }),
    },
    { key: 'noShows', value: n.int(r.noShows), detail: t('reports.detail.noShows') },
    {
      key: 'turnedAway',
      value: n.int(r.turnedAway),
      detail: t('reports.detail.turnedAway', {
        count: r.turnedAwayAttempts,
        attempts: n.int(r.turnedAwayAttempts),
        waitlist: n.int(r.waitlistEntries),
      }),
    },
    { key: 'openDays', value: n.int(r.openDays), detail: t('reports.detail.openDays') },
    { key: 'peakConcurrentDesks', value: n.int(r.peakConcurrentDesks), detail: t('reports.detail.peak') },
  ] as const;
  return (
    <dl className={styles.kpis}>
      {tiles.map((tile) => (
        <div key={tile.key} className={styles.kpi} data-kpi={tile.key}>
          <dt>{t(`reports.kpi.${tile.key}`)}</dt>
          <dd className={styles.kpiValue}>{tile.value}</dd>
          <dd className={styles.kpiDetail}>{tile.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
