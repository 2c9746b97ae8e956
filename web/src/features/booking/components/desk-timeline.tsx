import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { deskSegments, frameOf, minutesBetween, bookable, toIv, type Iv, type Segment } from '../utils/timeline';
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
  const span = frame.end - frame.start;
  const pct = (t0: number) => `${((t0 - frame.start) / span) * 100}%`;
  const width = (iv: Iv) => `${((iv.end - iv.start) / span) * 100}%`;
  const range = (iv: Iv) => f.timeRange(iv.start, iv.end, tz);

  const ticks: number[] = [];
  for (let h = Math.ceil(frame.start / HOUR) * HOUR; h <= frame.end; h += HOUR) ticks.push(h);
  const showNow = now > frame.start && now < frame.end;

  const segmentLabel = (desk: string, s: Segment) => t(`booking.segment.${s.kind}`, { desk, range: range(s) });

  return (
    <div className={styles.timeline}>
      <h3 id="timeline-heading">{t('booking.timelineHeading')}</h3>
      <p className="muted" id="timeline-help">
        {t('booking.timelineHelp')}
      </p>
      <Legend />
      <div className={styles.scaleRow} aria-hidden>
        <div className={styles.deskCol} />
        <div className={styles.scale}>
          {ticks.map((tick, i) => (
            <span key={tick} className={`${styles.tick} ${i % 2 === 1 ? styles.tickMinor : ''}`} style={{ left: pct(tick) }}>
              {f.time(tick, tz)}
            </span>
          ))}
        </div>
      </div>
      <ul className={styles.rows} aria-labelledby="timeline-heading" aria-describedby="timeline-help">
        {availability.desks.map((desk) => {
          const segments = deskSegments(open, desk.free.map(toIv), now);
          const freeMinutes = bookable(desk.free.map(toIv), now).reduce((n, iv) => n + minutesBetween(iv), 0);
          const selected = selection.deskId === desk.deskId;
          return (
            <li key={desk.deskId} className={`${styles.row} ${selected ? styles.rowSelected : ''}`}>
              <div className={styles.deskCol}>
                <span className={styles.deskName}>{desk.name}</span>
                <span className={styles.deskFree}>{freeMinutes > 0 ? t('booking.freeFor', { duration: f.duration(freeMinutes) }) : t('booking.fullyTaken')}</span>
              </div>
              <div className={styles.track} role="group" aria-label={desk.name}>
                {segments.map((s) =>
                  s.kind === 'free' ? (
                    <button
                      key={s.start}
                      type="button"
                      className={`${styles.seg} ${styles.free}`}
                      style={{ width: width(s) }}
                      aria-label={segmentLabel(desk.name, s)}
                      aria-pressed={selected && !!selection.range && selection.range.start >= s.start - 15 * 60_000 && selection.range.end <= s.end}
                      onClick={() => onPick(desk.deskId, s)}
                    >
                      <span aria-hidden>{t('booking.legend.free')}</span>
                    </button>
                  ) : (
                    <div key={s.start} className={`${styles.seg} ${styles[s.kind]}`} style={{ width: width(s) }}>
                      <span className="visually-hidden">{segmentLabel(desk.name, s)}</span>
                      <span aria-hidden>{t(`booking.legend.${s.kind}`)}</span>
                    </div>
                  ),
                )}
                {selected && selection.range && (
                  <span className={styles.selection} style={{ left: pct(selection.range.start), width: width(selection.range) }} aria-hidden />
                )}
                {showNow && <span className={styles.nowLine} style={{ left: pct(now) }} aria-hidden />}
              </div>
            </li>
          );
        })}
      </ul>
      <details className={styles.textList}>
        <summary>{t('booking.asText')}</summary>
        <table>
          <caption className="visually-hidden">{t('booking.asTextCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('booking.desk')}</th>
              <th scope="col">{t('booking.legend.free')}</th>
              <th scope="col">{t('booking.legend.taken')}</th>
            </tr>
          </thead>
          <tbody>
            {availability.desks.map((desk) => {
              const segments = deskSegments(open, desk.free.map(toIv), now);
              const list = (kind: Segment['kind']) => segments.filter((s) => s.kind === kind).map(range).join(', ') || '–';
              return (
                <tr key={desk.deskId}>
                  <th scope="row">{desk.name}</th>
                  <td>{list('free')}</td>
                  <td>{list('taken')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function Legend() {
  const { t } = useTranslation();
  const kinds = ['free', 'taken', 'past', 'closed'] as const;
  return (
    <ul className={styles.legend} aria-label={t('booking.legendLabel')}>
      {kinds.map((k) => (
        <li key={k}>
          <span className={`${styles.swatch} ${styles[k]}`} aria-hidden />
          {t(`booking.legend.${k}`)}
        </li>
      ))}
      <li>
        <span className={`${styles.swatch} ${styles.swatchSelected}`} aria-hidden />
        {t('booking.legend.selected')}
      </li>
    </ul>
  );
}
