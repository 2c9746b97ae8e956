import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { useChartSize } from '../hooks/use-chart-size';
import { useValueAxis } from '../hooks/use-value-axis';
import {
  CHART_HEIGHT,
  DASHES,
  PALETTE,
  SHAPES,
  axisTick,
  type Scale,
  type Series,
  type Shape,
} from '../utils/chart-scale';

function Marker({ cx, cy, shape, color }: { cx?: number; cy?: number; shape: Shape; color: string }) {
  if (cx == null || cy == null) return null;
  const r = 4;
  const common = { fill: '#fff', stroke: color, strokeWidth: 2 };
  if (shape === 'square') return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />;
  if (shape === 'triangle')
    return <path d={`M${cx} ${cy - r - 1}L${cx + r + 1} ${cy + r}L${cx - r - 1} ${cy + r}Z`} {...common} />;
  if (shape === 'diamond')
    return <path d={`M${cx} ${cy - r - 1}L${cx + r + 1} ${cy}L${cx} ${cy + r + 1}L${cx - r - 1} ${cy}Z`} {...common} />;
  return <circle cx={cx} cy={cy} r={r} {...common} />;
}

const markerFor = (i: number, color: string) =>
  function Dot(props: DotItemDotProps) {
    return (
      <Marker
        key={`${props.cx}-${props.cy}`}
        cx={props.cx}
        cy={props.cy}
        shape={SHAPES[i % SHAPES.length]!}
        color={color}
      />
    );
  };

interface Props {
  data: Record<string, string | number | null>[];
  x: string;
  series: Series[];
  scale: Scale;
}

/** Lines over a category axis (months): one per series, each with its own dash and marker. */
export function LinesChart({ data, x, series, scale }: Props) {
  const format = scale.format;
  const size = useChartSize(CHART_HEIGHT);
  const valueAxis = useValueAxis(scale, data, series);
  return (
    <LineChart data={data} {...size} margin={{ top: 8, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
      <CartesianGrid stroke="#e3e8e7" vertical={false} />
      <XAxis
        dataKey={x}
        tick={axisTick}
        tickLine={false}
        axisLine={{ stroke: '#66726f' }}
        interval="preserveStartEnd"
        minTickGap={8}
      />
      <YAxis tick={axisTick} width={56} axisLine={false} tickLine={false} {...valueAxis} />
      <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />
      <Legend iconType="plainline" wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
      {series.map((s, i) => {
        const color = PALETTE[i % PALETTE.length]!;
        return (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.label}
            stroke={color}
            strokeWidth={2.5}
            strokeDasharray={DASHES[i % DASHES.length]}
            dot={markerFor(i, color)}
            activeDot={{ r: 6 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        );
      })}
    </LineChart>
  );
}
