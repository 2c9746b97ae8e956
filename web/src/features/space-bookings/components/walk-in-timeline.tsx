import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { deskParts, freeUntilClose, walkInNow, type DayPlace, type DeskPart, type Span } from '../utils/walk-in-time';
import styles from './walk-in-timeline.module.css';

interface Props {
  availability: Availability;
  now: number;
  /** the day shown is today: "free now" and the now line make sense */
  live: boolean;
  onPick: (deskId: string, range: Span) => void;
}

/**
 * The day's desks at a glance for the front desk: each desk's free, taken and past time across the
 * opening hours. Every stretch of free time is a button that opens the walk-in form with that desk
 * and time (from now, to the end of the current opening); taken time is hatched and named, so
 * nothing relies on colour.
 */
export function WalkInTimeline({ availability, now, live, onPick }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const ids = useId();
  const tz = availability.timezone;
  const open = availability.open;
  if (open.length === 0 || availability.desks.length === 0) return null;
  const frame = { start: Date.parse(open[0]!.start), end: Date.parse(open[open.length - 1]!.end) };
  const pct = (ms: number) => `${(ms / (frame.end - frame.start)) * 100}%`;
  const current = live ? walkInNow(open, now) : null;
  const places: DayPlace[] = availability.desks;
  // "free now" counts desks: rooms and tables are places of their own
  const desks = places.filter((d) => d.kind !== 'room');
  const freeNow = current ? desks.filter((d) => freeUntilClose(d, current)).length : null;
  const range = (p: Span) => f.timeRange(p.start, p.end, tz);

  const part = (desk: DayPlace, p: DeskPart) => {
    const width = { width: pct(p.end - p.start) };
    if (p.kind === 'event') {
      const title = p.event?.title ?? t('frontDesk.timeline.eventUntitled');
      return (
        <Link
          key={p.start}
          to={`/manage/events/${encodeURIComponent(p.event?.eventId ?? '')}/attendees`}
          className={`${styles.part} ${styles.event}`}
          style={width}
          aria-label={t('frontDesk.timeline.event', { desk: desk.name, title, range: range(p) })}
        >
          <span aria-hidden>{title}</span>
        </Link>
      );
    }
    if (p.kind === 'free') {
      const pick = { start: p.bookFrom ?? p.start, end: p.end };
      return (
        <button
          key={p.start}
          type="button"
          className={`${styles.part} ${styles.free}`}
          style={width}
          aria-label={t('frontDesk.timeline.pick', { desk: desk.name, range: range(pick) })}
          onClick={() => onPick(desk.deskId, pick)}
        >
          <span aria-hidden>{t('booking.legend.free')}</span>
        </button>
      );
    }
    return (
      <span key={p.start} className={`${styles.part} ${styles[p.kind]}`} style={width}>
        <span className="visually-hidden">{t(`booking.segment.${p.kind}`, { desk: desk.name, range: range(p) })}</span>
      </span>
    );
  };

  return (
    <section className={`card ${styles.timeline}`} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('frontDesk.timeline.heading')}</h2>
      {freeNow !== null && (
        <p className={styles.freeNow} role="status">
          {t('frontDesk.timeline.freeNow', { count: freeNow, total: desks.length })}
        </p>
      )}
      <p className="muted" id={`${ids}-help`}>
        {t('frontDesk.timeline.help')}
      </p>
      <div className={styles.scale} aria-hidden>
        <span>{f.time(frame.start, tz)}</span>
        <span>{f.time(frame.end, tz)}</span>
      </div>
      <ul className={styles.rows} aria-labelledby={`${ids}-heading`} aria-describedby={`${ids}-help`}>
        {places.map((desk) => (
          <li key={desk.deskId} className={styles.row}>
            <span className={styles.deskName}>
              {desk.name}
              {desk.kind === 'room' && (
                <span className={styles.roomTag}>
                  {desk.seats != null
                    ? t('frontDesk.timeline.roomSeats', { count: desk.seats })
                    : t('frontDesk.timeline.room')}
                </span>
              )}
            </span>
            <div className={styles.track} role="group" aria-label={desk.name}>
              {deskParts(open, desk, now).map((p) => part(desk, p))}
              {live && now > frame.start && now < frame.end && (
                <span className={styles.nowLine} style={{ left: pct(now - frame.start) }} aria-hidden />
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
