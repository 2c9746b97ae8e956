import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { frameOf, toIv, type Iv } from '../utils/timeline';
import { TimelineLegend, TimelineText } from './timeline-legend';
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
}

const HOUR = 3_600_000;

/**
 * Free and taken time of every desk across the opening hours. Free time is a button (click or
 * Enter picks it); taken time is hatched and labelled, so nothing relies on colour; a text list
 * of the same facts follows.
 */
export function DeskTimeline({ availability, now, selection, onPick }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const tz = availability.timezone;
  const open = availability.open.map(toIv);
  const frame = frameOf(open);
  if (!frame) return null;
  const { pct } = placeIn(frame);

  const ticks: number[] = [];
  for (let h = Math.ceil(frame.start / HOUR) * HOUR; h <= frame.end; h += HOUR) ticks.push(h);

  return (
    <div className={styles.timeline}>
      <h3 id="timeline-heading">{t('booking.timelineHeading')}</h3>
      <p className="muted" id="timeline-help">
        {t('booking.timelineHelp')}
      </p>
      <TimelineLegend />
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
      <ul className={styles.rows} aria-labelledby="timeline-heading" aria-describedby="timeline-help">
        {availability.desks.map((desk) => (
          <TimelineRow
            key={desk.deskId}
            desk={desk}
            open={open}
            frame={frame}
            now={now}
            timezone={tz}
            selection={selection}
            onPick={onPick}
          />
        ))}
      </ul>
      <TimelineText availability={availability} open={open} now={now} />
    </div>
  );
}
