import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { frameOf, toIv, type Iv } from '../utils/timeline';
import { TimelineLegend, TimelineText } from './timeline-legend';
import { splitPlaces, type Place } from '../utils/places';
import { TimelineRow, placeIn } from './timeline-row';
import styles from './booking.module.css';

export interface TimelineSelection {
  deskId: string | null;
  range: Iv | null;
}

interface Props {
  availability: Availability;
  now: number;
  selection: TimelineSelection;
  onPick: (deskId: string, segment: Iv) => void;
  /** Whether the viewer may choose a room (else rooms are shown as booked by the team). */
  roomsBookable?: boolean;
}

const HOUR = 3_600_000;

/**
 * Free and taken time of every desk across the opening hours. Free time is a button (click or
 * Enter picks it); taken time is hatched and labelled, so nothing relies on colour; a text list
 * of the same facts follows.
 */
export function DeskTimeline({ availability, now, selection, onPick, roomsBookable = false }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const tz = availability.timezone;
  const open = availability.open.map(toIv);
  const frame = frameOf(open);
  if (!frame) return null;
  const { pct } = placeIn(frame);
  const { desks, rooms } = splitPlaces(availability.desks);
  const row = (desk: Place, teamOnly = false) => (
    <TimelineRow
      key={desk.deskId}
      desk={desk}
      open={open}
      frame={frame}
      now={now}
      timezone={tz}
      selection={selection}
      onPick={onPick}
      teamOnly={teamOnly}
    />
  );

  const ticks: number[] = [];
  for (let h = Math.ceil(frame.start / HOUR) * HOUR; h <= frame.end; h += HOUR) ticks.push(h);

  return (
    <div className={styles.timeline}>
      <h3 id="timeline-heading">{t('booking.timelineHeading')}</h3>
      <p className="muted" id="timeline-help">
        {t('booking.timelineHelp')}
      </p>
      <TimelineLegend
        events={availability.desks.some((d) => (d.events ?? []).length > 0)}
        team={rooms.length > 0 && !roomsBookable}
      />
      <div className={styles.scaleRow} aria-hidden>
        <div className={styles.deskCol} />
        <div className={styles.scale}>
          {ticks.map((tick, i) => (
            <span
              key={tick}
              className={`${styles.tick} ${i % 2 === 1 ? styles.tickMinor : ''}`}
              style={{ left: pct(tick) }}
            >
              {f.time(tick, tz)}
            </span>
          ))}
        </div>
      </div>
      {desks.length > 0 && (
        <ul className={styles.rows} aria-labelledby="timeline-heading" aria-describedby="timeline-help">
          {desks.map((desk) => row(desk))}
        </ul>
      )}
      {rooms.length > 0 && (
        <>
          <h4 id="timeline-rooms-heading" className={styles.roomsHeading}>
            {t('events.picker.rooms')}
          </h4>
          {!roomsBookable && <p className="muted">{t('events.picker.teamOnlyHint')}</p>}
          <ul className={styles.rows} aria-labelledby="timeline-rooms-heading">
            {rooms.map((room) => row(room, !roomsBookable))}
          </ul>
        </>
      )}
      <TimelineText availability={availability} open={open} now={now} />
    </div>
  );
}
