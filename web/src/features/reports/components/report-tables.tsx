import { useTranslation } from 'react-i18next';
import type { MonthFigures, MonthlyReport } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { useLanguage } from '../../../lib/i18n';
import { monthNames } from '../utils/months';
import { ratio, useNumbers } from '../utils/numbers';
import { figureRows, groupLabel, hourLabel } from '../utils/report-text';
import { DataTable } from './data-table';
import styles from './reports.module.css';

/** Every figure of the month, and its splits by weekday, hour and group. */
export function ReportTables({ report, trend }: { report: MonthlyReport; trend: MonthFigures[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n = useNumbers();
  const lng = useLanguage();
  const months = monthNames(lng);
  const month = months.long(report.month);
  const hoursHead = [
    t('reports.table.available'),
    t('reports.table.booked'),
    t('reports.table.occupied'),
    t('reports.kpi.utilisation'),
  ];
  const hourRows = report.byHour.filter((h) => h.availableDeskHours > 0 || h.bookedDeskHours > 0);

  const figures = figureRows(report, t, n);

  return (
    <div className={styles.tables}>
      <DataTable
        id="table-figures"
        caption={t('reports.table.figures', { month })}
        head={[t('reports.table.figure'), t('reports.table.value')]}
        rows={figures}
      />
      <DataTable
        id="table-trend"
        caption={t('reports.table.trend')}
        head={[
          t('reports.table.month'),
          t('reports.kpi.utilisation'),
          t('reports.kpi.occupancy'),
          t('reports.kpi.bookings'),
          t('reports.kpi.uniqueUsers'),
          t('reports.kpi.newUsers'),
          t('reports.kpi.noShows'),
          t('reports.kpi.turnedAway'),
        ]}
        rows={trend.map((m) => [
          months.long(m.month),
          n.percent(m.utilisation),
          n.percent(m.occupancy),
          n.int(m.bookings),
          n.int(m.uniqueUsers),
          n.int(m.newUsers),
          n.int(m.noShows),
          n.int(m.turnedAway),
        ])}
      />
      <DataTable
        id="table-weekday"
        caption={t('reports.table.weekday', { month })}
        head={[t('reports.table.weekdayCol'), ...hoursHead]}
        rows={report.byWeekday.map((w) => [
          f.weekdayLong(w.weekday),
          n.hours(w.availableDeskHours),
          n.hours(w.bookedDeskHours),
          n.hours(w.occupiedDeskHours),
          n.percent(ratio(w.bookedDeskHours, w.availableDeskHours)),
        ])}
      />
      <DataTable
        id="table-hour"
        caption={t('reports.table.hour', { month })}
        head={[t('reports.table.hourCol'), ...hoursHead]}
        rows={hourRows.map((h) => [
          hourLabel(h.hour),
          n.hours(h.availableDeskHours),
          n.hours(h.bookedDeskHours),
          n.hours(h.occupiedDeskHours),
          n.percent(ratio(h.bookedDeskHours, h.availableDeskHours)),
        ])}
      />
      <DataTable
        id="table-group"
        caption={t('reports.table.group', { month })}
        head={[t('reports.table.groupCol'), t('reports.table.users'), t('reports.kpi.bookings')]}
        rows={
          report.byGroup.length > 0
            ? report.byGroup.map((g) => [groupLabel(g.group, t), n.int(g.users), n.int(g.bookings)])
            : [[t('reports.noGroups'), '–', '–']]
        }
      />
    </div>
  );
}
