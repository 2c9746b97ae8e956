import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { bookable, deskSegments, minutesBetween, toIv, type Iv, type Segment } from '../utils/timeline';
import type { TimelineSelection } from './desk-timeline';
import styles from './booking.module.css';

/** Where an instant and how wide a range lie in the day's frame, as CSS percentages. */
export function placeIn(frame: Iv) {
  const span = frame.end - frame.start;
  return {
    pct: (t0: number) => `${((t0 - frame.start) / span) * 100}%`,
    width: (iv: Iv) => `${((iv.end - iv.start) / span) * 100}%`,
  };
}

interface Props {
  desk: Availability['desks'][number];
  open: Iv[];
  frame: Iv;
  now: number;
  timezone: string;
  selection: TimelineSelection;
  onPick: (deskId: string, segment: Iv) => void;
}

/** One desk's day: its name and free time in total, and its track of free (buttons) and other time. */
export function TimelineRow({ desk, open, frame, now, timezone, selection, onPick }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { pct, width } = placeIn(frame);
  const segments = deskSegments(open, desk.free.map(toIv), now);
  const freeMinutes = bookable(desk.free.map(toIv), now).reduce((n, iv) => n + minutesBetween(iv), 0);
  const selected = selection.deskId === desk.deskId;
  const { range } = selection;
  const segmentLabel = (s: Segment) =>
    t(`booking.segment.${s.kind}`, { desk: desk.name, range: f.timeRange(s.start, s.end, timezone) });
  return (
    <li className={`${styles.row} ${selected ? styles.rowSelected : ''}`}>
      <div className={styles.deskCol}>
        <span className={styles.deskName}>{desk.name}</span>
        <span className={styles.deskFree}>
          {freeMinutes > 0 ? t('booking.freeFor', { duration: f.duration(freeMinutes) }) : t('booking.fullyTaken')}
        </span>
      </div>
      <div className={styles.track} role="group" aria-label={desk.name}>
        {segments.map((s) =>
          s.kind === 'free' ? (
            <button
              key={s.start}
              type="button"
              className={`${styles.seg} ${styles.free}`}
              style={{ width: width(s) }}
              aria-label={segmentLabel(s)}
              aria-pressed={selected && !!range && range.start >= s.start - 15 * 60_000 && range.end <= s.end}
              onClick={() => onPick(desk.deskId, s)}
            >
              <span aria-hidden>{t('booking.legend.free')}</span>
            </button>
          ) : (
            <div key={s.start} className={`${styles.seg} ${styles[s.kind]}`} style={{ width: width(s) }}>
              <span className="visually-hidden">{segmentLabel(s)}</span>
              <span aria-hidden>{t(`booking.legend.${s.kind}`)}</span>
            </div>
          ),
        )}
        {selected && range && (
          <span className={styles.selection} style={{ left: pct(range.start), width: width(range) }} aria-hidden />
        )}
        {now > frame.start && now < frame.end && (
          <span className={styles.nowLine} style={{ left: pct(now) }} aria-hidden />
        )}
      </div>
    </li>
  );
}
