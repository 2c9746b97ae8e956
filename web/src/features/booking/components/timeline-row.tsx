import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { DeskFeatureBadges } from '../../../lib/desk-features';
import { FavouriteToggle } from '../../../lib/favourites/favourite-toggle';
import { placeSegments, type PlaceSegment } from '../utils/places';
import { bookable, minutesBetween, toIv, type Iv } from '../utils/timeline';
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
  /** A room the viewer may not book: its free time is shown, not offered. */
  teamOnly?: boolean;
}

/** One desk's day: its name and free time in total, and its track of free (buttons) and other time. */
export function TimelineRow({ desk, open, frame, now, timezone, selection, onPick, teamOnly = false }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { pct, width } = placeIn(frame);
  const segments = placeSegments(open, desk, now, teamOnly);
  const freeMinutes = bookable(desk.free.map(toIv), now).reduce((n, iv) => n + minutesBetween(iv), 0);
  const selected = selection.deskId === desk.deskId;
  const { range } = selection;
  const segmentLabel = (s: PlaceSegment) => {
    const args = { desk: desk.name, range: f.timeRange(s.start, s.end, timezone) };
    if (s.kind === 'event')
      return s.title
        ? t('events.picker.eventSegment', { ...args, title: s.title })
        : t('events.picker.eventSegmentUnnamed', args);
    if (s.kind === 'team') return t('events.picker.teamSegment', args);
    return t(`booking.segment.${s.kind}`, args);
  };
  const segmentText = (s: PlaceSegment) =>
    s.kind === 'event'
      ? (s.title ?? t('events.picker.event'))
      : s.kind === 'team'
        ? t('events.picker.teamOnly')
        : t(`booking.legend.${s.kind}`);
  return (
    <li className={`${styles.row} ${selected ? styles.rowSelected : ''}`}>
      <div className={styles.deskCol}>
        <span className={styles.deskHead}>
          <span className={styles.deskName}>{desk.name}</span>
          {!teamOnly && <FavouriteToggle deskId={desk.deskId} deskName={desk.name} />}
        </span>
        <DeskFeatureBadges features={desk.features} />
        {desk.seats != null && (
          <span className={styles.deskFree}>{t('events.picker.roomSeats', { count: desk.seats })}</span>
        )}
        <span className={styles.deskFree}>
          {teamOnly
            ? t('events.picker.teamOnly')
            : freeMinutes > 0
              ? t('booking.freeFor', { duration: f.duration(freeMinutes) })
              : t('booking.fullyTaken')}
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
              <span aria-hidden>{segmentText(s)}</span>
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
