import { useTranslation } from 'react-i18next';
import type { SeasonFigures, SeasonReport } from '@popdesk/shared';
import { useLanguage } from '../../../lib/i18n';
import { monthNames } from '../utils/months';
import { useNumbers } from '../utils/numbers';
import { DataTable } from './data-table';

/** The rows of a season table, in the order a pilot's evaluation reads them. */
export const SEASON_FIGURES = [
  'openDays',
  'availableDeskHours',
  'bookedDeskHours',
  'occupiedDeskHours',
  'utilisation',
  'occupancy',
  'bookings',
  'guestBookings',
  'cancellations',
  'noShows',
  'uniqueUsers',
  'newUsers',
  'peakConcurrentDesks',
  'turnedAway',
] as const satisfies readonly (keyof SeasonFigures)[];

/** The event figures in the season table, after the desk figures. */
export const SEASON_EVENT_FIGURES = [
  'held',
  'registered',
  'attended',
  'deskHours',
] as const satisfies readonly (keyof SeasonFigures['events'])[];

/** The season month by month side by side, a figure a row, the whole period in the last column. */
export function SeasonTable({ season, title }: { season: SeasonReport; title: string }) {
  const { t } = useTranslation();
  const names = monthNames(useLanguage());
  const n = useNumbers();
  const format = (key: (typeof SEASON_FIGURES)[number], v: number) =>
    key === 'utilisation' || key === 'occupancy' ? n.percent(v) : key.endsWith('Hours') ? n.hours(v) : n.int(v);
  const running = season.months.filter((m) => !m.complete);
  const eventRows = SEASON_EVENT_FIGURES.map((key) => {
    const format = key === 'deskHours' ? n.hours : n.int;
    return [
      t(`reports.events.seasonRow.${key}`),
      ...season.months.map((m) => format(m.events[key])),
      <strong key="total">{format(season.totals.events[key])}</strong>,
    ];
  });

  return (
    <>
      <DataTable
        id="table-season"
        caption={t('reports.season.tableCaption', {
          title,
          from: names.long(season.from),
          to: names.long(season.to),
        })}
        head={[
          t('reports.table.figure'),
          ...season.months.map((m) =>
            m.complete ? (
              names.short(m.month)
            ) : (
              <span key={m.month}>
                {names.short(m.month)}*<span className="visually-hidden"> {t('reports.months.provisional')}</span>
              </span>
            ),
          ),
          t('reports.season.total'),
        ]}
        rows={[
          ...SEASON_FIGURES.map((key) => [
            t(`reports.kpi.${key}`),
            ...season.months.map((m) => format(key, m[key])),
            <strong key="total">{format(key, season.totals[key])}</strong>,
          ]),
          ...eventRows,
        ]}
        stickyFirst
      />
      <p className="muted">{t('reports.season.totalsNote')}</p>
      {running.length > 0 && (
        <p className="muted">{t('reports.months.footnote', { month: names.long(running[0]!.month) })}</p>
      )}
    </>
  );
}
