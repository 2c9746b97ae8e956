import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Desk, Event, Space } from '@popdesk/shared';
import { EventBadges, EventCounts, EventWhen } from './event-summary';
import styles from './event-admin.module.css';

interface Props {
  heading: string;
  empty: string;
  events: Event[];
  space: Space;
  desks?: Desk[];
}

/** A list of events as cards: title (to edit), badges, when, the places it takes, the counts, the attendees. */
export function EventList({ heading, empty, events, space, desks }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const placeNames = (e: Event) =>
    e.deskIds.map((id) => desks?.find((d) => d.id === id)?.name).filter((n): n is string => !!n);
  return (
    <section aria-labelledby={`${ids}-h`} className={styles.listSection}>
      <h2 id={`${ids}-h`}>
        {heading} <span className={styles.count}>({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className={styles.eventList}>
          {events.map((e) => {
            const names = placeNames(e);
            return (
              <li
                key={e.id}
                className={`card ${styles.eventCard}`}
                data-cancelled={e.status === 'cancelled' || undefined}
              >
                <h3 className={styles.eventTitle}>
                  <Link to={`/manage/events/${encodeURIComponent(e.id)}`}>{e.title}</Link>
                </h3>
                <EventBadges event={e} />
                <p className={styles.when}>
                  <EventWhen event={e} timezone={space.timezone} />
                </p>
                <p className="muted">
                  {e.deskIds.length === 0
                    ? t('eventAdmin.list.noPlaces')
                    : names.length === e.deskIds.length
                      ? t('eventAdmin.list.places', { names: names.join(', ') })
                      : t('eventAdmin.list.placeCount', { count: e.deskIds.length })}
                </p>
                <EventCounts event={e} />
                <p className={styles.cardLinks}>
                  <Link to={`/manage/events/${encodeURIComponent(e.id)}/attendees`}>
                    {t('eventAdmin.list.attendees')}
                    <span className="visually-hidden">: {e.title}</span>
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
