import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import { useNow } from '../../../lib/use-now';
import { useSpaceEvents } from '../api/get-space-events';
import { whenOf } from '../utils/event-when';
import { EventKindBadge } from './event-kind-badge';
import { PlacesLeft } from './places-left';
import styles from './events.module.css';

/** Shown on a space's page at most; the rest is one click away on the events list. */
const SHOWN = 5;

/**
 * "Events here" on a space's page: what is coming up there (its staff also see non-public and
 * cancelled ones, marked). Nothing at all while there is nothing coming up or it cannot be loaded:
 * the day view below is what the page is for.
 */
export function SpaceEvents({ spaceId, timezone }: { spaceId: string; timezone: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const now = useNow(60_000);
  const events = useSpaceEvents(spaceId, todayIn(timezone, now));
  const coming = (events.data ?? [])
    .filter((e) => Date.parse(e.end) > now.getTime())
    .sort((a, b) => a.start.localeCompare(b.start));
  if (coming.length === 0) return null;

  return (
    <section aria-labelledby="space-events-heading" className={`card ${styles.section}`}>
      <h2 id="space-events-heading">{t('events.here.heading')}</h2>
      <ul className={styles.list}>
        {coming.slice(0, SHOWN).map((e) => (
          <li key={e.id} className={styles.row}>
            <p>
              <Link to={`/events/${e.id}`}>{e.title}</Link>
              <br />
              <span className="muted">{t('events.when', whenOf({ ...e, timezone: e.timezone ?? timezone }, f))}</span>
            </p>
            <span className="cluster">
              <EventKindBadge kind={e.kind} />
              {!e.public && <span className="badge badge-neutral">{t('events.here.notPublic')}</span>}
              {e.status === 'cancelled' ? (
                <span className="badge badge-danger">{t('events.here.cancelled')}</span>
              ) : (
                <PlacesLeft event={e} />
              )}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/events?spaceId=${encodeURIComponent(spaceId)}`}>{t('events.here.all')}</Link>
      </p>
    </section>
  );
}
