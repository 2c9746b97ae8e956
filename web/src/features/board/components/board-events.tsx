import { useTranslation } from 'react-i18next';
import { wallTime } from '../../../lib/dates';
import { comingEvents, type BoardEvent } from '../utils/board-summary';
import styles from './board.module.css';

/** Today's public events still to come (or running), title and times only. */
export function BoardEvents({ events, timezone, now }: { events?: BoardEvent[]; timezone: string; now: Date }) {
  const { t } = useTranslation();
  const coming = comingEvents(events, now);
  return (
    <section className={styles.panel} aria-labelledby="board-events">
      <h2 id="board-events">{t('board.eventsTitle')}</h2>
      {coming.length === 0 ? (
        <p>{t('board.noEvents')}</p>
      ) : (
        <ul className={styles.events}>
          {coming.map((e) => (
            <li key={e.id}>
              <span className={styles.eventTime}>
                {wallTime(e.start, timezone)}–{wallTime(e.end, timezone)}
              </span>{' '}
              <span className={styles.eventTitle}>{e.title}</span>
              {e.running && <span className={styles.running}> · {t('board.eventRunning')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
