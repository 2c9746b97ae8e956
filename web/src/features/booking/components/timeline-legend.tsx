import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { placeSegments } from '../utils/places';
import type { Iv } from '../utils/timeline';
import styles from './booking.module.css';

/** What the timeline's colours and hatchings mean (events and team-only rooms when the day has them). */
export function TimelineLegend({ events = false, team = false }: { events?: boolean; team?: boolean }) {
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
      {events && (
        <li>
          <span className={`${styles.swatch} ${styles.event}`} aria-hidden />
          {t('events.picker.event')}
        </li>
      )}
      {team && (
        <li>
          <span className={`${styles.swatch} ${styles.team}`} aria-hidden />
          {t('events.picker.teamOnly')}
        </li>
      )}
      <li>
        <span className={`${styles.swatch} ${styles.swatchSelected}`} aria-hidden />
        {t('booking.legend.selected')}
      </li>
    </ul>
  );
}

/** The timeline's facts as a table: each desk's free and taken times. */
export function TimelineText({ availability, open, now }: { availability: Availability; open: Iv[]; now: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const range = (iv: Iv) => f.timeRange(iv.start, iv.end, availability.timezone);
  return (
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
            const segments = placeSegments(open, desk, now, false);
            // time an event takes is taken time, named after the event
            const list = (kind: 'free' | 'taken') =>
              segments
                .filter((s) => s.kind === kind || (kind === 'taken' && s.kind === 'event'))
                .map((s) => (s.kind === 'event' && s.title ? `${range(s)} (${s.title})` : range(s)))
                .join(', ') || '–';
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
  );
}
