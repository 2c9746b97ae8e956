import { useTranslation } from 'react-i18next';
import type { MonthFigures, MonthlyReport } from '@popdesk/shared';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useLanguage } from '../../../lib/i18n';
import { monthNames } from '../utils/months';
import { useNumbers } from '../utils/numbers';
import { countsSummary, utilisationSummary } from '../utils/report-text';
import { BarsChart } from './bars-chart';
import { ChartFigure } from './chart-figure';
import { LinesChart } from './lines-chart';
import styles from './reports.module.css';

interface Props {
  report: MonthlyReport;
  trend: MonthFigures[] | undefined;
  trendError: unknown;
}

/** The last months of the space: utilisation, people, and bookings missed. */
export function TrendSection({ report, trend, trendError }: Props) {
  const { t } = useTranslation();
  const n = useNumbers();
  const names = monthNames(useLanguage());
  const pct = { format: n.percent, axis: n.percentAxis, ratio: true };
  const count = { format: n.int };
  // flat rows for the charts: the nested event figures are shown in the events section
  const data = (trend ?? []).map((m) => ({
    label: names.short(m.month),
    utilisation: m.utilisation,
    occupancy: m.occupancy,
    bookings: m.bookings,
    uniqueUsers: m.uniqueUsers,
    newUsers: m.newUsers,
    noShows: m.noShows,
    turnedAway: m.turnedAway,
  }));
  const figure = { tableHref: '#table-trend', tableLabel: t('reports.toTable') };
  const missed = t('reports.summary.missed', {
    noShows: n.int(report.noShows),
    turnedAway: n.int(report.turnedAway),
    month: names.long(report.month),
  });

  return (
    <section aria-labelledby="trend-heading" className={`${styles.block} ${styles.trend}`}>
      <h2 id="trend-heading">{t('reports.trendHeading')}</h2>
      {trendError != null && <ErrorState error={trendError} />}
      {!trend && trendError == null && <Skeleton lines={4} height="3rem" />}
      {trend && (
        <div className={styles.chartGrid}>
          <ChartFigure
            id="chart-utilisation"
            title={t('reports.chart.utilisation')}
            summary={utilisationSummary(trend, report.month, t, n, names.long)}
            {...figure}
            className={styles.wide}
          >
            <LinesChart
              data={data}
              x="label"
              series={[
                { key: 'utilisation', label: t('reports.kpi.utilisation') },
                { key: 'occupancy', label: t('reports.kpi.occupancy') },
              ]}
              scale={pct}
            />
          </ChartFigure>
          <ChartFigure
            id="chart-people"
            title={t('reports.chart.people')}
            summary={countsSummary(trend, t, n)}
            {...figure}
          >
            <BarsChart
              data={data}
              x="label"
              series={[
                { key: 'bookings', label: t('reports.kpi.bookings') },
                { key: 'uniqueUsers', label: t('reports.kpi.uniqueUsers') },
                { key: 'newUsers', label: t('reports.kpi.newUsers') },
              ]}
              scale={count}
            />
          </ChartFigure>
          <ChartFigure
            id="chart-missed"
            title={t('reports.chart.missed')}
            summary={missed}
            {...figure}
            className="print-hide"
          >
            <BarsChart
              data={data}
              x="label"
              series={[
                { key: 'noShows', label: t('reports.kpi.noShows') },
                { key: 'turnedAway', label: t('reports.kpi.turnedAway') },
              ]}
              scale={count}
            />
          </ChartFigure>
        </div>
      )}
    </section>
  );
}
