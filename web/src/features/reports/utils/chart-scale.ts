/**
 * How the report charts (recharts, in modules that only the lazily loaded report pages import) look
 * and read. Series differ in more than colour: lines by dash pattern and marker shape, bars by
 * hatching, and every chart has a legend in words. The charts are pictures for sighted people
 * (role="img" with the caption as its name); the same numbers are in the tables below them.
 */

/** ≥ 3:1 against white (WCAG 1.4.11) and distinguishable in greyscale print. */
export const PALETTE = ['#0b6158', '#1e4f8a', '#8a4b00', '#7a1f5c', '#4b5856', '#b42318', '#2f6b1f', '#5b3d99'];
export const DASHES = ['0', '7 4', '2 3', '12 4 2 4', '4 4', '1 5'];
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';
export const SHAPES: Shape[] = ['circle', 'square', 'triangle', 'diamond'];

export const axisTick = { fill: '#4b5856', fontSize: 12 };
export const CHART_HEIGHT = 260;

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

/** The largest number any series has in the data (0 when there is none). */
export const dataMax = (data: Record<string, unknown>[], series: Series[]) =>
  Math.max(
    0,
    ...data.flatMap((row) => series.map((s) => row[s.key])).filter((v): v is number => typeof v === 'number'),
  );
