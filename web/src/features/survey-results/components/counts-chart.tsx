import { useId } from 'react';
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { OptionCount } from '@popdesk/shared';
import { wrapLabel } from '../utils/wrap-label';

const BAR = '#0b6158';
const TEXT = '#1f2a28';
const MUTED = '#4b5856';
const ROW = 44;
const AXIS_WIDTH = 136;
/**
 * A folded count is 1 or 2: its bar is drawn as long as the most it can be, hatched grey and
 * labelled "< 3", so that neither its length nor its colour alone says anything.
 */
const FOLDED_LENGTH = 2;

interface Tick {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string };
}

/** An option's name over up to three lines beside its bar. */
function OptionTick({ x = 0, y = 0, payload }: Tick) {
  const lines = wrapLabel(String(payload?.value ?? ''));
  return (
    <text x={x} y={y} textAnchor="end" fill={TEXT} fontSize={12}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Horizontal bars of counts with each number written at its bar's end; a picture for sighted
 * people (the caller gives it a name in words and a table with the same numbers).
 */
export function CountsChart({
  counts,
  format,
  foldedText,
}: {
  counts: OptionCount[];
  format: (n: number) => string;
  foldedText: string;
}) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const data = counts.map((c) => ({
    option: c.option,
    value: c.folded ? FOLDED_LENGTH : (c.n ?? 0),
    label: c.folded ? foldedText : format(c.n ?? 0),
    folded: !!c.folded,
  }));
  return (
    <BarChart
      data={data}
      layout="vertical"
      responsive
      style={{ width: '100%', height: counts.length * ROW + 16 }}
      margin={{ top: 8, right: 44, bottom: 8, left: 4 }}
      barCategoryGap="18%"
      accessibilityLayer={false}
    >
      <defs>
        <pattern id={`${uid}-folded`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#eef1f0" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={MUTED} strokeWidth="2" />
        </pattern>
      </defs>
      <XAxis type="number" hide domain={[0, 'dataMax']} allowDecimals={false} />
      <YAxis
        type="category"
        dataKey="option"
        width={AXIS_WIDTH}
        interval={0}
        tick={<OptionTick />}
        tickLine={false}
        axisLine={{ stroke: MUTED }}
      />
      <Bar dataKey="value" isAnimationActive={false} minPointSize={2}>
        {data.map((d) => (
          <Cell
            key={d.option}
            fill={d.folded ? `url(#${uid}-folded)` : BAR}
            stroke={d.folded ? MUTED : BAR}
            strokeDasharray={d.folded ? '3 2' : undefined}
          />
        ))}
        <LabelList dataKey="label" position="right" fill={TEXT} fontSize={13} fontWeight={600} />
      </Bar>
    </BarChart>
  );
}
