/** A key figure's change against the previous month: signed, in the page's number format. */
import type { MonthFigures } from '@popdesk/shared';
import type { Language } from '../../../lib/i18n';

export type ChangeKind = 'points' | 'count' | 'hours';
export interface Change {
  /** e.g. "+4,2 Pp." / "+4.2 pp", "+12", "-3", "0" */
  short: string;
  /** the size of the change without its sign, e.g. "4,2" */
  size: string;
  /** the difference (percentage points for ratios) */
  delta: number;
  kind: ChangeKind;
}

export function changeFormats(lng: Language) {
  const tag = lng === 'de' ? 'de-DE' : 'en-GB';
  const points = new Intl.NumberFormat(tag, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const count = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const hours = new Intl.NumberFormat(tag, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return { points, count, hours };
}

/**
 * The change of one figure from `previous` to `current`. Ratios change in percentage points
 * (0.425 → 0.467 is +4.2 points), counts and hours as plain differences. Rounded only here.
 */
export function figureChange(
  key: keyof MonthFigures,
  current: MonthFigures,
  previous: MonthFigures,
  lng: Language,
): Change {
  const f = changeFormats(lng);
  const a = current[key] as number;
  const b = previous[key] as number;
  if (key === 'utilisation' || key === 'occupancy') {
    const delta = Math.round((a - b) * 1000) / 10;
    const short = `${f.points.format(delta)} ${lng === 'de' ? 'Pp.' : 'pp'}`;
    return { delta, kind: 'points', short, size: f.points.format(Math.abs(delta)).replace('+', '') };
  }
  if (key.endsWith('Hours')) {
    const delta = Math.round((a - b) * 10) / 10;
    return {
      delta,
      kind: 'hours',
      short: f.hours.format(delta),
      size: f.hours.format(Math.abs(delta)).replace('+', ''),
    };
  }
  const delta = Math.round(a - b);
  return { delta, kind: 'count', short: f.count.format(delta), size: f.count.format(Math.abs(delta)).replace('+', '') };
}
