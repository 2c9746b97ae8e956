import { useMemo } from 'react';
import { dataMax, ratioTicks, type Scale, type Series } from '../utils/chart-scale';

/** The value axis' props, kept stable across renders (recharts stores them and re-renders on any new array). */
export function useValueAxis(scale: Scale, data: Record<string, unknown>[], series: Series[]) {
  const max = dataMax(data, series);
  const { ratio = false, axis, format } = scale;
  const tickFormatter = axis ?? format;
  return useMemo(() => {
    if (!ratio) return { domain: [0, 'auto'] as [number, 'auto'], allowDecimals: false, tickFormatter };
    const ticks = ratioTicks(max);
    return { domain: [0, ticks[ticks.length - 1]!] as [number, number], ticks, interval: 0 as const, tickFormatter };
  }, [ratio, max, tickFormatter]);
}
