import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthFigures, MonthlyReport, Space } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useLanguage } from '../../../lib/i18n';
import { useFormat } from '../../../lib/use-format';
import { MONTH_BOOKINGS_LIMIT, useMonthBookings } from '../api/get-month-bookings';
import { useMonthlyReport } from '../api/get-monthly-report';
import { useUsage } from '../api/get-usage';
import { agreesWith, weekdayHourMap, type HeatmapSpace } from '../utils/heatmap';
import { addMonths, monthNames, recentMonths } from '../utils/months';
import { ratio, useNumbers } from '../utils/numbers';
import { countsSummary, groupLabel, groupSummary, hourSummary, utilisationSummary, weekdaySummary } from '../utils/report-text';
import { BarsChart } from './bars-chart';
import { ChartFigure } from './chart-figure';
import { LinesChart } from './lines-chart';
import { Heatmap } from './heatmap';
import { KpiGrid } from './kpi-grid';
import { ReportActions } from './report-actions';
import { ReportTables } from './report-tables';
import styles from './reports.module.css';

interface Props {
  spaces: Space[];
  spaceId: string;
  month: string;
  /** The newest month one can choose (the current one). */
  latestMonth: string;
  onChange: (next: { spaceId: string; month: string }) => void;
  /** The space's hours, closures and desks, for the weekday × hour map (left out while unknown). */
  detail?: HeatmapSpace;
}

const TREND_MONTHS = 12;

/** One space's month for its council: the figures, their trend, when and by whom desks are used. */
export function ReportPage({ spaces, spaceId, month, latestMonth, onChange, detail }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const names = monthNames(lng);
  const ids = useId();
  const space = spaces.find((s) => s.id === spaceId);
  const report = useMonthlyReport(spaceId, month);
  const trend = useUsage({ from: addMonths(month, -(TREND_MONTHS - 1)), to: month, spaceId });
  const months = recentMonths(latestMonth, 36);

  return (
    <Page
      title={t('reports.monthlyTitle')}
      intro={space ? t('reports.monthlyIntro', { space: space.name, town: space.town, month: names.long(month) }) : undefined}
      actions={<ReportActions csv={{ kind: 'monthly', spaceId, month }} printable={!!report.data} />}
    >
      <div className={`${styles.toolbar} no-print`}>
        {spaces.length > 1 && (
          <div className="field">
            <label htmlFor={`${ids}-space`}>{t('frontDesk.space')}</label>
            <select id={`${ids}-space`} value={spaceId} onChange={(e) => onChange({ spaceId: e.target.value, month })}>
              {spaces.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.town})
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${ids}-month`}>{t('reports.month')}</label>
          <select id={`${ids}-month`} value={month} onChange={(e) => onChange({ spaceId, month: e.target.value })}>
            {!months.includes(month) && <option value={month}>{names.long(month)}</option>}
            {months.map((m) => (
              <option key={m} value={m}>
                {names.long(m)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="print-only">{t('reports.printedOn', { date: new Date().toLocaleDateString(lng === 'de' ? 'de-DE' : 'en-GB') })}</p>

      {report.isPending && <Skeleton lines={8} height="3rem" label={t('reports.loading')} />}
      {report.isError && <ErrorState error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <ReportBody report={report.data} trend={trend.data?.filter((m) => m.spaceId === spaceId)} trendError={trend.error} detail={detail} />}
    </Page>
  );
}

function ReportBody({ report, trend, trendError, detail }: { report: MonthlyReport; trend: MonthFigures[] | undefined; trendError: unknown; detail?: HeatmapSpace }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n = useNumbers();
  const lng = useLanguage();
  const names = monthNames(lng);
  const pct = { format: n.percent, axis: n.percentAxis, ratio: true };
  const count = { format: n.int };
  const weekdays = report.byWeekday.map((w) => ({ label: f.weekdayShort(w.weekday), utilisation: ratio(w.bookedDeskHours, w.availableDeskHours) }));
  const openHours = report.byHour.filter((h) => h.availableDeskHours > 0);
  const hours = openHours.map((h) => ({ label: String(h.hour).padStart(2, '0'), utilisation: ratio(h.bookedDeskHours, h.availableDeskHours) }));
  const groups = report.byGroup.map((g) => ({ label: groupLabel(g.group, t), users: g.users, bookings: g.bookings }));
  const trendData = (trend ?? []).map((m) => ({ ...m, label: names.short(m.month) }));
  const bookings = useMonthBookings(report.spaceId, report.month, report.timezone, !!detail);
  const heatmap = useMemo(() => {
    if (!detail || !bookings.data || bookings.data.length >= MONTH_BOOKINGS_LIMIT) return null;
    const map = weekdayHourMap(detail, report.month, bookings.data);
    return agreesWith(map, report) ? map : null;
  }, [detail, bookings.data, report]);

  return (
    <>
      {report.openDays === 0 && (
        <Alert tone="info" title={t('reports.closedMonthTitle')} live={false}>
          <p>{t('reports.closedMonth')}</p>
        </Alert>
      )}
      <section aria-labelledby="kpi-heading" className={styles.block}>
        <h2 id="kpi-heading">{t('reports.kpiHeading', { month: names.long(report.month) })}</h2>
        <KpiGrid report={report} />
      </section>

      <section aria-labelledby="trend-heading" className={`${styles.block} ${styles.trend}`}>
        <h2 id="trend-heading">{t('reports.trendHeading')}</h2>
        {trendError != null && <ErrorState error={trendError} />}
        {!trend && trendError == null && <Skeleton lines={4} height="3rem" />}
        {trend && (
          <div className={styles.chartGrid}>
            <ChartFigure id="chart-utilisation" title={t('reports.chart.utilisation')} summary={utilisationSummary(trend, report.month, t, n, names.long)} tableHref="#table-trend" tableLabel={t('reports.toTable')} className={styles.wide}>
              <LinesChart
                data={trendData}
                x="label"
                series={[
                  { key: 'utilisation', label: t('reports.kpi.utilisation') },
                  { key: 'occupancy', label: t('reports.kpi.occupancy') },
                ]}
                scale={pct}
              />
            </ChartFigure>
            <ChartFigure id="chart-people" title={t('reports.chart.people')} summary={countsSummary(trend, t, n)} tableHref="#table-trend" tableLabel={t('reports.toTable')}>
              <BarsChart
                data={trendData}
                x="label"
                series={[
                  { key: 'bookings', label: t('reports.kpi.bookings') },
                  { key: 'uniqueUsers', label: t('reports.kpi.uniqueUsers') },
                  { key: 'newUsers', label: t('reports.kpi.newUsers') },
                ]}
                scale={count}
              />
            </ChartFigure>
            <ChartFigure id="chart-missed" title={t('reports.chart.missed')} summary={t('reports.summary.missed', { noShows: n.int(report.noShows), turnedAway: n.int(report.turnedAway), month: names.long(report.month) })} tableHref="#table-trend" tableLabel={t('reports.toTable')} className="print-hide">
              <BarsChart
                data={trendData}
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

      <section aria-labelledby="profile-heading" className={styles.block}>
        <h2 id="profile-heading">{t('reports.profileHeading')}</h2>
        <p className="muted print-hide">{t('reports.profileIntro')}</p>
        <div className={styles.chartGrid}>
          <ChartFigure id="chart-weekday" title={t('reports.chart.weekday')} summary={weekdaySummary(report.byWeekday, t, f, n)} tableHref="#table-weekday" tableLabel={t('reports.toTable')}>
            <BarsChart data={weekdays} x="label" series={[{ key: 'utilisation', label: t('reports.kpi.utilisation') }]} scale={pct} height={220} />
          </ChartFigure>
          <ChartFigure id="chart-hour" title={t('reports.chart.hour')} summary={hourSummary(report.byHour, t, n)} tableHref="#table-hour" tableLabel={t('reports.toTable')}>
            {hours.length > 0 ? <BarsChart data={hours} x="label" series={[{ key: 'utilisation', label: t('reports.kpi.utilisation') }]} scale={pct} height={220} /> : <p className="muted">{t('reports.summary.nothingOpen')}</p>}
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
            ) : bookings.isPending && detail ? (
              <Skeleton lines={3} />
            ) : (
              <p className="muted">{t('reports.heatmap.unavailable')}</p>
            )}
          </section>
          <ChartFigure id="chart-group" title={t('reports.chart.group')} summary={groupSummary(report.byGroup, t, n)} tableHref="#table-group" tableLabel={t('reports.toTable')} className={`${styles.wide} print-hide`} print="full">
            {groups.length > 0 ? (
              <BarsChart
                data={groups}
                x="label"
                vertical
                categoryWidth={150}
                height={Math.max(140, 48 * groups.length + 60)}
                series={[
                  { key: 'users', label: t('reports.table.users') },
                  { key: 'bookings', label: t('reports.kpi.bookings') },
                ]}
                scale={count}
              />
            ) : (
              <p className="muted">{t('reports.noGroups')}</p>
            )}
          </ChartFigure>
          {/* on paper the groups are a small table: up to seven rows take less room than bars */}
          <section className={`card print-only ${styles.printFull}`}>
            <h3 className={styles.figureTitle}>{t('reports.chart.group')}</h3>
            <p className={styles.summary}>{groupSummary(report.byGroup, t, n)}</p>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('reports.table.groupCol')}</th>
                  <th scope="col" className="num">
                    {t('reports.table.users')}
                  </th>
                  <th scope="col" className="num">
                    {t('reports.kpi.bookings')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.label}>
                    <th scope="row">{g.label}</th>
                    <td className="num">{n.int(g.users)}</td>
                    <td className="num">{n.int(g.bookings)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      </section>

      <section aria-labelledby="tables-heading" className={`${styles.block} print-hide`}>
        <h2 id="tables-heading">{t('reports.tablesHeading')}</h2>
        <p className="muted">{t('reports.tablesIntro')}</p>
        <ReportTables report={report} trend={trend ?? []} />
      </section>
    </>
  );
}
