import { useTranslation } from 'react-i18next';
import type { MonthFigures, MonthlyReport } from '@popdesk/shared';
import { useLanguage } from '../../../lib/i18n';
import { figureChange } from '../utils/change';
import { monthNames } from '../utils/months';
import { useNumbers } from '../utils/numbers';
import styles from './reports.module.css';

/** The month's headline figures, each with what it is made of and its change against the month before. */
export function KpiGrid({ report: r, previous }: { report: MonthlyReport; previous?: MonthFigures }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const n = useNumbers();
  const tiles = [
    {
      key: 'utilisation',
      value: n.percent(r.utilisation),
      // the desk-hours events take are not booked desk-hours, but they were not free either
      detail: [
        t('reports.detail.utilisation', {
          booked: n.hours(r.bookedDeskHours),
          available: n.hours(r.availableDeskHours),
        }),
        ...(r.events.deskHours > 0
          ? [t('reports.events.utilisationNote', { hours: n.hours(r.events.deskHours) })]
          : []),
      ].join('; '),
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
  const before = previous ? monthNames(lng).long(previous.month) : '';

  const changeOf = (key: (typeof tiles)[number]['key']) => {
    if (!previous) return null;
    const c = figureChange(key, r, previous, lng);
    const amount = c.kind === 'count' ? c.size : t(`reports.change.${c.kind}`, { value: c.size });
    const spoken =
      c.delta === 0
        ? t('reports.change.same', { month: before })
        : t(c.delta > 0 ? 'reports.change.more' : 'reports.change.less', { month: before, amount });
    return (
      <dd className={styles.kpiChange} data-change={c.delta > 0 ? 'up' : c.delta < 0 ? 'down' : 'same'}>
        <span aria-hidden="true">
          {c.delta > 0 ? '▲ ' : c.delta < 0 ? '▼ ' : ''}
          {c.short} {t('reports.change.short')}
        </span>
        <span className="visually-hidden">{spoken}</span>
      </dd>
    );
  };

  return (
    <dl className={styles.kpis}>
      {tiles.map((tile) => (
        <div key={tile.key} className={styles.kpi} data-kpi={tile.key}>
          <dt>{t(`reports.kpi.${tile.key}`)}</dt>
          <dd className={styles.kpiValue}>{tile.value}</dd>
          <dd className={styles.kpiDetail}>{tile.detail}</dd>
          {changeOf(tile.key)}
        </div>
      ))}
    </dl>
  );
}
