/**
 * The report charts (recharts), kept in one module that only the lazily loaded report pages import.
 * Series differ in more than colour: lines by dash pattern and marker shape, bars by hatching, and
 * every chart has a legend in words. The charts are pictures for sighted people (role="img" with
 * the caption as its name); the same numbers are in the tables below them.
 */
import { createContext, useContext, useId, useMemo, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { usePrinting } from '../utils/use-printing';
import styles from './reports.module.css';

/** ≥ 3:1 against white (WCAG 1.4.11) and distinguishable in greyscale print. */
export const PALETTE = ['#0b6158', '#1e4f8a', '#8a4b00', '#7a1f5c', '#4b5856', '#b42318', '#2f6b1f', '#5b3d99'];
const DASHES = ['0', '7 4', '2 3', '12 4 2 4', '4 4', '1 5'];
type Shape = 'circle' | 'square' | 'triangle' | 'diamond';
const SHAPES: Shape[] = ['circle', 'square', 'triangle', 'diamond'];

const axisTick = { fill: '#4b5856', fontSize: 12 };
const CHART_HEIGHT = 260;

export interface Series {
  key: string;
  label: string;
}

/** How values read: `format` for tooltips, `axis` for ticks; ratios run from 0 to a round share (at most 100 %). */
export interface Scale {
  format: (v: number) => string;
  axis?: (v: number) => string;
  ratio?: boolean;
}

/** A ratio axis from 0 to the next round share above the data (at most 100 %), with even ticks. */
export function ratioTicks(max: number): number[] {
  const top = max <= 0 ? 0.1 : Math.min(1, Math.ceil(max * 10 - 1e-9) / 10);
  const step = [0.025, 0.05, 0.1, 0.2, 0.25].find((s) => top / s <= 5 + 1e-9) ?? 0.25;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step * 1000) / 1000);
}

const dataMax = (data: Record<string, unknown>[], series: Series[]) =>
  Math.max(0, ...data.flatMap((row) => series.map((s) => row[s.key])).filter((v): v is number => typeof v === 'number'));

/** The value axis' props, kept stable across renders (recharts stores them and re-renders on any new array). */
function useValueAxis(scale: Scale, data: Record<string, unknown>[], series: Series[]) {
  const max = dataMax(data, series);
  const { ratio = false, axis, format } = scale;
  const tickFormatter = axis ?? format;
  return useMemo(() => {
    if (!ratio) return { domain: [0, 'auto'] as [number, 'auto'], allowDecimals: false, tickFormatter };
    const ticks = ratioTicks(max);
    return { domain: [0, ticks[ticks.length - 1]!] as [number, number], ticks, interval: 0 as const, tickFormatter };
  }, [ratio, max, tickFormatter]);
}

/**
 * On paper (A4, two columns) a chart gets a fixed size instead of following the screen: full width
 * for `print="full"` figures, half otherwise.
 */
const PRINT_WIDTH = { half: 320, full: 670 } as const;
const PRINT_HEIGHT = 140;
/** Taller charts (many categories) shrink too, so that a report still fits one page. */
const PRINT_MAX_HEIGHT = 150;
type PrintSize = keyof typeof PRINT_WIDTH;
const PrintSizeContext = createContext<PrintSize>('half');

/** The chart's size: responsive on screen, fixed while printing. */
function useChartSize(height: number) {
  const printing = usePrinting();
  const size = useContext(PrintSizeContext);
  return printing
    ? ({ width: PRINT_WIDTH[size], height: Math.min(height, PRINT_MAX_HEIGHT, Math.max(PRINT_HEIGHT, height * 0.6)) } as const)
    : ({ responsive: true, style: { width: '100%', height } } as const);
}

/** A titled chart with its plain-language summary as caption. */
export function ChartFigure({
  id,
  title,
  summary,
  tableHref,
  tableLabel,
  children,
  className,
  print = 'half',
}: {
  id: string;
  title: string;
  summary: string;
  tableHref?: string;
  tableLabel?: string;
  children: ReactNode;
  className?: string;
  print?: PrintSize;
}) {
  return (
    <figure className={`card ${styles.figure} ${print === 'full' ? styles.printFull : ''} ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.figureTitle}>
        {title}
      </h3>
      <figcaption id={`${id}-summary`} className={styles.summary}>
        {summary}
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className={styles.chart}>
        <PrintSizeContext.Provider value={print}>{children}</PrintSizeContext.Provider>
      </div>
      {tableHref && tableLabel && (
        <p className={`${styles.tableLink} no-print`}>
          <a href={tableHref}>{tableLabel}</a>
        </p>
      )}
    </figure>
  );
}

function Marker({ cx, cy, shape, color }: { cx?: number; cy?: number; shape: Shape; color: string }) {
  if (cx == null || cy == null) return null;
  const r = 4;
  const common = { fill: '#fff', stroke: color, strokeWidth: 2 };
  if (shape === 'square') return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />;
  if (shape === 'triangle') return <path d={`M${cx} ${cy - r - 1}L${cx + r + 1} ${cy + r}L${cx - r - 1} ${cy + r}Z`} {...common} />;
  if (shape === 'diamond') return <path d={`M${cx} ${cy - r - 1}L${cx + r + 1} ${cy}L${cx} ${cy + r + 1}L${cx - r - 1} ${cy}Z`} {...common} />;
  return <circle cx={cx} cy={cy} r={r} {...common} />;
}

const markerFor = (i: number, color: string) =>
  function Dot(props: DotItemDotProps) {
    return <Marker key={`${props.cx}-${props.cy}`} cx={props.cx} cy={props.cy} shape={SHAPES[i % SHAPES.length]!} color={color} />;
  };

/** Lines over a category axis (months): one per series, each with its own dash and marker. */
export function LinesChart({ data, x, series, scale }: { data: Record<string, string | number | null>[]; x: string; series: Series[]; scale: Scale }) {
  const format = scale.format;
  const size = useChartSize(CHART_HEIGHT);
  const valueAxis = useValueAxis(scale, data, series);
  return (
    <LineChart data={data} {...size} margin={{ top: 8, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
      <CartesianGrid stroke="#e3e8e7" vertical={false} />
      <XAxis dataKey={x} tick={axisTick} tickLine={false} axisLine={{ stroke: '#66726f' }} interval="preserveStartEnd" minTickGap={8} />
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

/** Grouped bars; the second series is hatched, the third dotted, so print and colour-blind readers tell them apart. */
export function BarsChart({
  data,
  x,
  series,
  scale,
  vertical = false,
  height = CHART_HEIGHT,
  categoryWidth,
}: {
  data: Record<string, string | number>[];
  x: string;
  series: Series[];
  scale: Scale;
  /** Bars running left to right (long category names such as groups). */
  vertical?: boolean;
  height?: number;
  categoryWidth?: number;
}) {
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
      <CartesianGrid stroke="#e3e8e7" vertical={vertical} horizontal={!vertical} />
      {vertical ? (
        <>
          <XAxis type="number" tick={axisTick} axisLine={false} tickLine={false} {...valueAxis} />
          <YAxis type="category" dataKey={x} tick={axisTick} width={categoryWidth ?? 120} interval={0} tickLine={false} axisLine={{ stroke: '#66726f' }} />
        </>
      ) : (
        <>
          <XAxis dataKey={x} tick={axisTick} tickLine={false} axisLine={{ stroke: '#66726f' }} interval="preserveStartEnd" minTickGap={4} />
          <YAxis tick={axisTick} width={56} axisLine={false} tickLine={false} {...valueAxis} />
        </>
      )}
      <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} cursor={{ fill: 'rgb(11 97 88 / 8%)' }} />
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />}
      {series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={fill(i)} stroke={PALETTE[i % PALETTE.length]} strokeWidth={1.5} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
