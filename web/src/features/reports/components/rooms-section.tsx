import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '@popdesk/shared';
import { useLanguage } from '../../../lib/i18n';
import { monthNames } from '../utils/months';
import { ratio, useNumbers } from '../utils/numbers';
import { DataTable } from './data-table';
import styles from './reports.module.css';

/** The space's rooms and tables with their own hours: not desks, so not in the desk-hours (left out without rooms). */
export function RoomsSection({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const month = monthNames(useLanguage()).long(report.month);
  if (report.rooms.length === 0) return null;

  return (
    <section aria-labelledby="rooms-heading" className={styles.block}>
      <h2 id="rooms-heading">{t('reports.rooms.heading')}</h2>
      <p className="muted">{t('reports.rooms.intro')}</p>
      <DataTable
        id="table-rooms"
        caption={t('reports.rooms.table', { month })}
        head={[
          t('reports.rooms.col.name'),
          t('reports.rooms.col.seats'),
          t('reports.rooms.col.available'),
          t('reports.rooms.col.booked'),
          t('reports.rooms.col.events'),
          t('reports.rooms.col.used'),
        ]}
        rows={report.rooms.map((r) => [
          r.name,
          r.seats === null ? '–' : n.int(r.seats),
          n.hours(r.availableHours),
          n.hours(r.bookedHours),
          n.hours(r.eventHours),
          n.percent(ratio(r.bookedHours + r.eventHours, r.availableHours)),
        ])}
      />
    </section>
  );
}
