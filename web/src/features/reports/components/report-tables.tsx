import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthFigures, MonthlyReport } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { useLanguage } from '../../../lib/i18n';
import { monthNames } from '../utils/months';
import { ratio, useNumbers } from '../utils/numbers';
import { groupLabel, hourLabel } from '../utils/report-text';
import styles from './reports.module.css';

/** A data table with a caption, scrolling sideways on narrow screens (and reachable by keyboard then). */
export function DataTable({ id, caption, head, rows }: { id: string; caption: string; head: ReactNode[]; rows: ReactNode[][] }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={i > 0 ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j} className="num">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every figure of the month, and its splits by weekday, hour and group. */
export function ReportTables({ report, trend }: { report: MonthlyReport; trend: MonthFigures[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n = useNumbers();
  const lng = useLanguage();
  const months = monthNames(lng);
  const month = months.long(report.month);
  const hoursHead = [t('reports.table.available'), t('reports.table.booked'), t('reports.table.occupied'), t('reports.kpi.utilisation')];
  const hourRows = report.byHour.filter((h) => h.availableDeskHours > 0 || h.bookedDeskHours > 0);

  const figures: [string, string][] = [
    [t('reports.kpi.openDays'), n.int(report.openDays)],
    [t('reports.kpi.availableDeskHours'), n.hours(report.availableDeskHours)],
    [t('reports.kpi.bookedDeskHours'), n.hours(report.bookedDeskHours)],
    [t('reports.kpi.occupiedDeskHours'), n.hours(report.occupiedDeskHours)],
    [t('reports.kpi.utilisation'), n.percent(report.utilisation)],
    [t('reports.kpi.occupancy'), n.percent(report.occupancy)],
    [t('reports.kpi.bookings'), n.int(report.bookings)],
    [t('reports.kpi.guestBookings'), n.int(report.guestBookings)],
    [t('reports.kpi.cancellations'), n.int(report.cancellations)],
    [t('reports.kpi.noShows'), n.int(report.noShows)],
    [t('reports.kpi.uniqueUsers'), n.int(report.uniqueUsers)],
    [t('reports.kpi.newUsers'), n.int(report.newUsers)],
    [t('reports.kpi.peakConcurrentDesks'), n.int(report.peakConcurrentDesks)],
    [t('reports.kpi.turnedAway'), n.int(report.turnedAway)],
    [t('reports.kpi.turnedAwayAttempts'), n.int(report.turnedAwayAttempts)],
    [t('reports.kpi.waitlistEntries'), n.int(report.waitlistEntries)],
  ];

  return (
    <div className={styles.tables}>
      <DataTable id="table-figures" caption={t('reports.table.figures', { month })} head={[t('reports.table.figure'), t('reports.table.value')]} rows={figures} />
      <DataTable
        id="table-trend"
        caption={t('reports.table.trend')}
        head={[t('reports.table.month'), t('reports.kpi.utilisation'), t('reports.kpi.occupancy'), t('reports.kpi.bookings'), t('reports.kpi.uniqueUsers'), t('reports.kpi.newUsers'), t('reports.kpi.noShows'), t('reports.kpi.turnedAway')]}
        rows={trend.map((m) => [months.long(m.month), n.percent(m.utilisation), n.percent(m.occupancy), n.int(m.bookings), n.int(m.uniqueUsers), n.int(m.newUsers), n.int(m.noShows), n.int(m.turnedAway)])}
      />
      <DataTable
        id="table-weekday"
        caption={t('reports.table.weekday', { month })}
        head={[t('reports.table.weekdayCol'), ...hoursHead]}
        rows={report.byWeekday.map((w) => [f.weekdayLong(w.weekday), n.hours(w.availableDeskHours), n.hours(w.bookedDeskHours), n.hours(w.occupiedDeskHours), n.percent(ratio(w.bookedDeskHours, w.availableDeskHours))])}
      />
      <DataTable
        id="table-hour"
        caption={t('reports.table.hour', { month })}
        head={[t('reports.table.hourCol'), ...hoursHead]}
        rows={hourRows.map((h) => [hourLabel(h.hour), n.hours(h.availableDeskHours), n.hours(h.bookedDeskHours), n.hours(h.occupiedDeskHours), n.percent(ratio(h.bookedDeskHours, h.availableDeskHours))])}
      />
      <DataTable
        id="table-group"
        caption={t('reports.table.group', { month })}
        head={[t('reports.table.groupCol'), t('reports.table.users'), t('reports.kpi.bookings')]}
        rows={report.byGroup.length > 0 ? report.byGroup.map((g) => [groupLabel(g.group, t), n.int(g.users), n.int(g.bookings)]) : [[t('reports.noGroups'), '–', '–']]}
      />
    </div>
  );
}
