import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '@popdesk/shared';
import { Skeleton } from '../../../components/ui/states';
import { useFormat } from '../../../lib/use-format';
import { useReportHeatmap } from '../hooks/use-report-heatmap';
import type { HeatmapSpace } from '../utils/heatmap';
import { ratio, useNumbers } from '../utils/numbers';
import { hourSummary, weekdaySummary } from '../utils/report-text';
import { BarsChart } from './bars-chart';
import { ChartFigure } from './chart-figure';
import { GroupFigures } from './group-figures';
import { Heatmap } from './heatmap';
import styles from './reports.module.css';

/** When in the month desks were used (by weekday, by hour, both at once) and by whom. */
export function ProfileSection({ report, detail }: { report: MonthlyReport; detail?: HeatmapSpace }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n = useNumbers();
  const pct = { format: n.percent, axis: n.percentAxis, ratio: true };
  const utilisation = [{ key: 'utilisation', label: t('reports.kpi.utilisation') }];
  const weekdays = report.byWeekday.map((w) => ({
    label: f.weekdayShort(w.weekday),
    utilisation: ratio(w.bookedDeskHours, w.availableDeskHours),
  }));
  const openHours = report.byHour.filter((h) => h.availableDeskHours > 0);
  const hours = openHours.map((h) => ({
    label: String(h.hour).padStart(2, '0'),
    utilisation: ratio(h.bookedDeskHours, h.availableDeskHours),
  }));
  const { heatmap, loading } = useReportHeatmap(report, detail);

  return (
    <section aria-labelledby="profile-heading" className={styles.block}>
      <h2 id="profile-heading">{t('reports.profileHeading')}</h2>
      <p className="muted print-hide">{t('reports.profileIntro')}</p>
      <div className={styles.chartGrid}>
        <ChartFigure
          id="chart-weekday"
          title={t('reports.chart.weekday')}
          summary={weekdaySummary(report.byWeekday, t, f, n)}
          tableHref="#table-weekday"
          tableLabel={t('reports.toTable')}
        >
          <BarsChart data={weekdays} x="label" series={utilisation} scale={pct} height={220} />
        </ChartFigure>
        <ChartFigure
          id="chart-hour"
          title={t('reports.chart.hour')}
          summary={hourSummary(report.byHour, t, n)}
          tableHref="#table-hour"
          tableLabel={t('reports.toTable')}
        >
          {hours.length > 0 ? (
            <BarsChart data={hours} x="label" series={utilisation} scale={pct} height={220} />
          ) : (
            <p className="muted">{t('reports.summary.nothingOpen')}</p>
          )}
        </ChartFigure>
        <section aria-labelledby="heatmap-title" className={`card ${styles.figure} ${styles.wide} print-hide`}>
          <h3 id="heatmap-title" className={styles.figureTitle}>
            {t('reports.heatmap.title')}
          </h3>
          {heatmap ? (
            <>
              <p className={styles.summary}>{t('reports.heatmap.intro')}</p>
              <Heatmap map={heatmap} report={report} />
            </>
          ) : loading ? (
            <Skeleton lines={3} />
          ) : (
            <p className="muted">{t('reports.heatmap.unavailable')}</p>
          )}
        </section>
        <GroupFigures report={report} />
      </div>
    </section>
  );
}
