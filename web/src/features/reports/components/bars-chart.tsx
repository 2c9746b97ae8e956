import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartSize } from '../hooks/use-chart-size';
import { useValueAxis } from '../hooks/use-value-axis';
import { CHART_HEIGHT, PALETTE, axisTick, type Scale, type Series } from '../utils/chart-scale';

interface Props {
  data: Record<string, string | number>[];
  x: string;
  series: Series[];
  scale: Scale;
  /** Bars running left to right (long category names such as groups). */
  vertical?: boolean;
  height?: number;
  categoryWidth?: number;
}

/** The fills of the second to fourth series: hatched, dotted, striped. */
const barPatterns = (uid: string) => (
  <defs>
    <pattern id={`${uid}-p1`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="#e6effa" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={PALETTE[1]} strokeWidth="3" />
    </pattern>
    <pattern id={`${uid}-p2`} width="5" height="5" patternUnits="userSpaceOnUse">
      <rect width="5" height="5" fill="#fff4e0" />
      <circle cx="2.5" cy="2.5" r="1.4" fill={PALETTE[2]} />
    </pattern>
    <pattern id={`${uid}-p3`} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="#f6e8f1" />
      <line x1="0" y1="3" x2="6" y2="3" stroke={PALETTE[3]} strokeWidth="2" />
    </pattern>
  </defs>
);

/** Grouped bars; the second series is hatched, the third dotted, so print and colour-blind readers tell them apart. */
export function BarsChart({ data, x, series, scale, vertical = false, height = CHART_HEIGHT, categoryWidth }: Props) {
  const format = scale.format;
  const size = useChartSize(height);
  const valueAxis = useValueAxis(scale, data, series);
  // pattern ids must be unique in the document: several charts share the page
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const fill = (i: number) => (i === 0 ? PALETTE[0] : `url(#${uid}-p${i})`);
  return (
    <BarChart
      data={data}
      layout={vertical ? 'vertical' : 'horizontal'}
      {...size}
      margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
      barCategoryGap="20%"
      accessibilityLayer={false}
    >
      {barPatterns(uid)}
      <CartesianGrid stroke="#e3e8e7" vertical={vertical} horizontal={!vertical} />
      {vertical ? (
        <>
          <XAxis type="number" tick={axisTick} axisLine={false} tickLine={false} {...valueAxis} />
          <YAxis
            type="category"
            dataKey={x}
            tick={axisTick}
            width={categoryWidth ?? 120}
            interval={0}
            tickLine={false}
            axisLine={{ stroke: '#66726f' }}
          />
        </>
      ) : (
        <>
          <XAxis
            dataKey={x}
            tick={axisTick}
            tickLine={false}
            axisLine={{ stroke: '#66726f' }}
            interval="preserveStartEnd"
            minTickGap={4}
          />
          <YAxis tick={axisTick} width={56} axisLine={false} tickLine={false} {...valueAxis} />
        </>
      )}
      <Tooltip
        formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
        cursor={{ fill: 'rgb(11 97 88 / 8%)' }}
      />
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />}
      {series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={fill(i)}
          stroke={PALETTE[i % PALETTE.length]}
          strokeWidth={1.5}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
