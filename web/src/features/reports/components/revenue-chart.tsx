import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { SURVEY_PRICE_MAX, type DemandEvidence } from '@popdesk/shared';
import { useChartSize } from '../hooks/use-chart-size';
import { PALETTE, axisTick } from '../utils/chart-scale';
import { paidAt, useDemandFormats } from '../utils/demand-format';
import { ChartFigure } from './chart-figure';

const HEIGHT = 220;

/** Revenue over the price per day, the chosen price marked by a dashed line and a square. */
export function RevenueChart({ demand, price }: { demand: DemandEvidence; price: number }) {
  const { t } = useTranslation();
  const f = useDemandFormats();
  const size = useChartSize(HEIGHT);
  const data = demand.willingnessToPay.simulation.map((p) => ({ price: p.price, revenue: paidAt(p)?.revenue ?? null }));
  const best = data.reduce<(typeof data)[number] | undefined>(
    (top, p) => ((p.revenue ?? 0) > (top?.revenue ?? 0) ? p : top),
    undefined,
  );
  const chosen = data.find((p) => p.price === price);

  return (
    <ChartFigure
      id="chart-demand-revenue"
      title={t('reports.demand.price.chart')}
      summary={
        best?.revenue != null
          ? t('reports.demand.price.chartSummary', {
              best: f.euro(best.price),
              revenue: f.euro(best.revenue),
              price: f.euro(price),
              chosen: chosen?.revenue != null ? f.euro(chosen.revenue) : '–',
            })
          : t('reports.demand.price.chartSummaryNone')
      }
      tableHref="#table-demand-simulation"
      tableLabel={t('reports.toTable')}
      print="full"
    >
      <LineChart data={data} {...size} margin={{ top: 12, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e3e8e7" vertical={false} />
        <XAxis
          dataKey="price"
          type="number"
          domain={[0, SURVEY_PRICE_MAX]}
          tick={axisTick}
          tickFormatter={f.euro}
          tickLine={false}
          axisLine={{ stroke: '#66726f' }}
        />
        <YAxis tick={axisTick} width={64} axisLine={false} tickLine={false} tickFormatter={f.euro} />
        <Tooltip
          formatter={(v) => (typeof v === 'number' ? f.euro(v) : String(v))}
          labelFormatter={(l) => f.euro(Number(l))}
        />
        <Line
          type="linear"
          dataKey="revenue"
          name={t('reports.demand.price.col.revenue')}
          stroke={PALETTE[0]}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        <ReferenceLine x={price} stroke={PALETTE[2]} strokeDasharray="6 4" strokeWidth={2} />
        {chosen?.revenue != null && (
          <ReferenceDot
            x={price}
            y={chosen.revenue}
            r={6}
            fill="#fff"
            stroke={PALETTE[2]}
            strokeWidth={2.5}
            shape={Square}
          />
        )}
      </LineChart>
    </ChartFigure>
  );
}

/** The chosen price's point: a square, so it differs from the line in shape as well as colour. */
function Square({ cx, cy }: { cx?: number; cy?: number }) {
  if (cx == null || cy == null) return <g />;
  return <rect x={cx - 6} y={cy - 6} width={12} height={12} fill="#fff" stroke={PALETTE[2]} strokeWidth={2.5} />;
}
