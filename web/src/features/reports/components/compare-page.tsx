import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthFigures } from '@popdesk/shared';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useLanguage } from '../../../lib/i18n';
import { useUsage } from '../api/get-usage';
import { monthNames, monthsBetween, recentMonths } from '../utils/months';
import { ratio, useNumbers } from '../utils/numbers';
import { BarsChart } from './bars-chart';
import { ChartFigure } from './chart-figure';
import { LinesChart } from './lines-chart';
import { DataTable } from './report-tables';
import { ReportActions } from './report-actions';
import styles from './reports.module.css';

export const METRICS = ['utilisation', 'occupancy', 'bookings', 'uniqueUsers', 'noShows', 'turnedAway'] as const;
export type Metric = (typeof METRICS)[number];
const RATIOS: Metric[] = ['utilisation', 'occupancy'];
/** Lines (or bars) a chart can hold and still be read; with more spaces it shows the highest and lowest half each. */
export const CHART_MAX_SPACES = 10;

/** True once `active` has lasted `ms`: a comparison over many spaces and months takes seconds. */
function useLasting(active: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    setLasting(false);
    if (!active) return;
    const timer = setTimeout(() => setLasting(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return lasting;
}

interface Props {
  from: string;
  to: string;
  metric: Metric;
  latestMonth: string;
  onChange: (next: { from: string; to: string; metric: Metric }) => void;
}

/** The whole period's figure of one space: ratios from the summed hours, counts summed. */
function periodValue(rows: MonthFigures[], metric: Metric): number {
  if (metric === 'utilisation') return ratio(sum(rows, 'bookedDeskHours'), sum(rows, 'availableDeskHours'));
  if (metric === 'occupancy') return ratio(sum(rows, 'occupiedDeskHours'), sum(rows, 'availableDeskHours'));
  return sum(rows, metric);
}
/** The month list of a picker, with the month in force even when it is older than the list. */
const withValue = (months: string[], value: string) => (months.includes(value) ? months : [...months, value].sort().reverse());
const sum = (rows: MonthFigures[], k: keyof MonthFigures) => rows.reduce((s, r) => s + (r[k] as number), 0);

/** Spaces and towns side by side over a period, in one figure: as lines over the months and as a table. */
export function ComparePage({ from, to, metric, latestMonth, onChange }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const names = monthNames(lng);
  const n = useNumbers();
  const ids = useId();
  const usage = useUsage({ from, to });
  const months = monthsBetween(from, to);
  const choices = recentMonths(latestMonth, 36);
  const isRatio = RATIOS.includes(metric);
  const fmt = isRatio ? n.percent : n.int;
  const scale = isRatio ? { format: n.percent, axis: n.percentAxis, ratio: true } : { format: n.int };
  const metricName = t(`reports.kpi.${metric}`);
  const invalid = from > to;

  const bySpace = new Map<string, { name: string; town: string; rows: MonthFigures[] }>();
  for (const row of usage.data ?? []) {
    const entry = bySpace.get(row.spaceId) ?? { name: row.spaceName, town: row.town, rows: [] };
    entry.rows.push(row);
    bySpace.set(row.spaceId, entry);
  }
  const spaces = [...bySpace.entries()].sort(([, a], [, b]) => a.town.localeCompare(b.town) || a.name.localeCompare(b.name));
  const value = (rows: MonthFigures[], month: string) => {
    const row = rows.find((r) => r.month === month);
    return row ? row[metric] : null;
  };
  const lineData = months.map((m) => ({ label: names.short(m), ...Object.fromEntries(spaces.map(([id, s]) => [id, value(s.rows, m)])) }));
  const series = spaces.map(([id, s]) => ({ key: id, label: `${s.name} (${s.town})` }));
  const ranked = spaces.map(([id, s]) => ({ id, label: s.name, value: periodValue(s.rows, metric) })).sort((a, b) => b.value - a.value);
  // a state-wide comparison has hundreds of spaces: the chart shows the ends, the table all of them
  const charted =
    ranked.length > CHART_MAX_SPACES ? [...ranked.slice(0, CHART_MAX_SPACES / 2), ...ranked.slice(-CHART_MAX_SPACES / 2)] : ranked;
  const chartedIds = new Set(charted.map((r) => r.id));
  const chartSeries = series.filter((s) => chartedIds.has(s.key));
  const slow = useLasting(!invalid && usage.isFetching, 3_000);
  const summary =
    ranked.length > 0
      ? t('reports.compare.summary', { metric: metricName, top: ranked[0]!.label, topValue: fmt(ranked[0]!.value), low: ranked[ranked.length - 1]!.label, lowValue: fmt(ranked[ranked.length - 1]!.value), count: ranked.length })
      : '';

  return (
    <Page title={t('reports.compare.title')} intro={t('reports.compare.intro')} actions={<ReportActions csv={{ kind: 'usage', range: { from, to } }} printable={!!usage.data && spaces.length > 0} />}>
      <div className={`${styles.toolbar} no-print`}>
        <div className="field">
          <label htmlFor={`${ids}-from`}>{t('reports.compare.from')}</label>
          <select id={`${ids}-from`} value={from} onChange={(e) => onChange({ from: e.target.value, to, metric })} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${ids}-err` : undefined}>
            {withValue(choices, from).map((m) => (
              <option key={m} value={m}>
                {names.long(m)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-to`}>{t('reports.compare.to')}</label>
          <select id={`${ids}-to`} value={to} onChange={(e) => onChange({ from, to: e.target.value, metric })}>
            {withValue(choices, to).map((m) => (
              <option key={m} value={m}>
                {names.long(m)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-metric`}>{t('reports.compare.metric')}</label>
          <select id={`${ids}-metric`} value={metric} onChange={(e) => onChange({ from, to, metric: e.target.value as Metric })}>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {t(`reports.kpi.${m}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {invalid && (
        <p id={`${ids}-err`} className={styles.error} role="alert">
          {t('reports.compare.rangeError')}
        </p>
      )}
      <p className="print-only">{t('reports.compare.printHeading', { metric: metricName, from: names.long(from), to: names.long(to) })}</p>

      {slow && (
        <p role="status" className="muted">
          {t('reports.compare.slow')}
        </p>
      )}
      {!invalid && usage.isPending && <Skeleton lines={6} height="3rem" label={t('reports.loading')} />}
      {!invalid && usage.isError && <ErrorState error={usage.error} onRetry={() => void usage.refetch()} />}
      {!invalid && usage.data && spaces.length === 0 && <EmptyState title={t('reports.compare.emptyTitle')}>{t('reports.compare.empty')}</EmptyState>}
      {!invalid && usage.data && spaces.length > 0 && (
        <>
          <ChartFigure
            id="chart-compare"
            title={t('reports.compare.chartTitle', { metric: metricName })}
            summary={charted.length < ranked.length ? `${summary} ${t('reports.compare.chartEnds', { half: CHART_MAX_SPACES / 2, count: ranked.length })}` : summary}
            tableHref="#table-compare"
            tableLabel={t('reports.toTable')}
          >
            {months.length > 1 ? (
              <LinesChart data={lineData} x="label" series={chartSeries} scale={scale} />
            ) : (
              <BarsChart data={charted} x="label" series={[{ key: 'value', label: metricName }]} scale={scale} vertical categoryWidth={150} height={Math.max(140, 44 * charted.length + 40)} />
            )}
          </ChartFigure>
          <DataTable
            id="table-compare"
            caption={t('reports.compare.tableCaption', { metric: metricName, from: names.long(from), to: names.long(to) })}
            head={[t('booking.space'), ...months.map(names.short), t('reports.compare.period')]}
            rows={spaces.map(([, s]) => [`${s.name} (${s.town})`, ...months.map((m) => {
              const v = value(s.rows, m);
              return v === null ? '–' : fmt(v);
            }), <strong key="p">{fmt(periodValue(s.rows, metric))}</strong>])}
          />
        </>
      )}
    </Page>
  );
}
