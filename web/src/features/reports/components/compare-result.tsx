import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n';
import {
  CHART_MAX_SPACES,
  RATIOS,
  chartEnds,
  metricLabel,
  monthValue,
  periodValue,
  ranking,
  type Metric,
  type SpaceRows,
} from '../utils/compare';
import { monthNames, monthsBetween } from '../utils/months';
import { useNumbers } from '../utils/numbers';
import { BarsChart } from './bars-chart';
import { ChartFigure } from './chart-figure';
import { LinesChart } from './lines-chart';
import { DataTable } from './data-table';

interface Props {
  spaces: SpaceRows[];
  from: string;
  to: string;
  metric: Metric;
  /** The running month: marked as provisional. */
  current: string;
}

/** The compared spaces in one figure (lines over the months, or bars for a single month) and as a table. */
export function CompareResult({ spaces, from, to, metric, current }: Props) {
  const { t } = useTranslation();
  const names = monthNames(useLanguage());
  const n = useNumbers();
  const months = monthsBetween(from, to);
  const isRatio = RATIOS.includes(metric);
  const fmt = isRatio ? n.percent : n.int;
  const scale = isRatio ? { format: n.percent, axis: n.percentAxis, ratio: true } : { format: n.int };
  const metricName = metricLabel(metric, t);
  const running = months.filter((m) => m >= current);
  /** A month's column head; the running month is marked with an asterisk, explained under the table. */
  const head = (m: string) =>
    m >= current ? (
      <span key={m}>
        {names.short(m)}*<span className="visually-hidden"> {t('reports.months.provisional')}</span>
      </span>
    ) : (
      names.short(m)
    );

  const lineData = months.map((m) => ({
    label: m >= current ? `${names.short(m)}*` : names.short(m),
    ...Object.fromEntries(spaces.map((s) => [s.id, monthValue(s.rows, m, metric)])),
  }));
  const ranked = ranking(spaces, metric);
  const charted = chartEnds(ranked);
  const chartedIds = new Set(charted.map((r) => r.id));
  const chartSeries = spaces
    .filter((s) => chartedIds.has(s.id))
    .map((s) => ({ key: s.id, label: `${s.name} (${s.town})` }));
  const top = ranked[0]!;
  const low = ranked[ranked.length - 1]!;
  const summary = t('reports.compare.summary', {
    metric: metricName,
    top: top.label,
    topValue: fmt(top.value),
    low: low.label,
    lowValue: fmt(low.value),
    count: ranked.length,
  });
  const cell = (rows: SpaceRows['rows'], m: string) => {
    const v = monthValue(rows, m, metric);
    return v === null ? '–' : fmt(v);
  };

  return (
    <>
      <ChartFigure
        id="chart-compare"
        title={t('reports.compare.chartTitle', { metric: metricName })}
        summary={
          charted.length < ranked.length
            ? `${summary} ${t('reports.compare.chartEnds', { half: CHART_MAX_SPACES / 2, count: ranked.length })}`
            : summary
        }
        tableHref="#table-compare"
        tableLabel={t('reports.toTable')}
      >
        {months.length > 1 ? (
          <LinesChart data={lineData} x="label" series={chartSeries} scale={scale} />
        ) : (
          <BarsChart
            data={charted}
            x="label"
            series={[{ key: 'value', label: metricName }]}
            scale={scale}
            vertical
            categoryWidth={150}
            height={Math.max(140, 44 * charted.length + 40)}
          />
        )}
      </ChartFigure>
      <DataTable
        id="table-compare"
        caption={t('reports.compare.tableCaption', { metric: metricName, from: names.long(from), to: names.long(to) })}
        head={[t('booking.space'), ...months.map(head), t('reports.compare.period')]}
        rows={spaces.map((s) => [
          `${s.name} (${s.town})`,
          ...months.map((m) => cell(s.rows, m)),
          <strong key="p">{fmt(periodValue(s.rows, metric))}</strong>,
        ])}
        stickyFirst
      />
      {running.length > 0 && (
        <p className="muted">{t('reports.months.footnote', { month: names.long(running[0]!) })}</p>
      )}
    </>
  );
}
