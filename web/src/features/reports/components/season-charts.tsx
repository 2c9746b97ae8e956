import { useTranslation } from 'react-i18next';
import type { SeasonReport } from '@popdesk/shared';
import { useLanguage } from '../../../lib/i18n';
import { monthNames } from '../utils/months';
import { useNumbers } from '../utils/numbers';
import { BarsChart } from './bars-chart';
import { ChartFigure } from './chart-figure';
import { LinesChart } from './lines-chart';
import styles from './reports.module.css';

/** The season in two pictures: utilisation over the months, and bookings and people. */
export function SeasonCharts({ season }: { season: SeasonReport }) {
  const { t } = useTranslation();
  const names = monthNames(useLanguage());
  const n = useNumbers();
  const data = season.months.map((m) => ({
    label: m.complete ? names.short(m.month) : `${names.short(m.month)}*`,
    utilisation: m.utilisation,
    occupancy: m.occupancy,
    bookings: m.bookings,
    uniqueUsers: m.uniqueUsers,
    newUsers: m.newUsers,
  }));
  const best = season.months.reduce<SeasonReport['months'][number] | undefined>(
    (top, m) => (!top || m.utilisation > top.utilisation ? m : top),
    undefined,
  );
  const figure = { tableHref: '#table-season', tableLabel: t('reports.toTable') };
  const period = { from: names.long(season.from), to: names.long(season.to) };

  return (
    <div className={styles.chartGrid}>
      <ChartFigure
        id="chart-season-utilisation"
        title={t('reports.chart.utilisation')}
        summary={t('reports.season.utilisationSummary', {
          ...period,
          utilisation: n.percent(season.totals.utilisation),
          occupancy: n.percent(season.totals.occupancy),
          best: best ? names.long(best.month) : '–',
          bestValue: best ? n.percent(best.utilisation) : '–',
        })}
        {...figure}
        className={styles.wide}
        print="full"
      >
        <LinesChart
          data={data}
          x="label"
          series={[
            { key: 'utilisation', label: t('reports.kpi.utilisation') },
            { key: 'occupancy', label: t('reports.kpi.occupancy') },
          ]}
          scale={{ format: n.percent, axis: n.percentAxis, ratio: true }}
        />
      </ChartFigure>
      <ChartFigure
        id="chart-season-people"
        title={t('reports.chart.people')}
        summary={t('reports.season.countsSummary', {
          ...period,
          bookings: n.int(season.totals.bookings),
          users: n.int(season.totals.uniqueUsers),
          newUsers: n.int(season.totals.newUsers),
        })}
        {...figure}
        className={styles.wide}
        print="full"
      >
        <BarsChart
          data={data}
          x="label"
          series={[
            { key: 'bookings', label: t('reports.kpi.bookings') },
            { key: 'uniqueUsers', label: t('reports.kpi.uniqueUsers') },
            { key: 'newUsers', label: t('reports.kpi.newUsers') },
          ]}
          scale={{ format: n.int }}
        />
      </ChartFigure>
    </div>
  );
}
