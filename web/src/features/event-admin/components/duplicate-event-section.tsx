import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EVENT_DUPLICATES_MAX, type Event, type SpaceDetail } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useAnnounce } from '../../../components/ui/live-region';
import { isApiError } from '../../../lib/api-client';
import { isoWeekday, isValidDate, localDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import { useDuplicateEvent } from '../api/duplicate-event';
import { useDuplicateDates } from '../hooks/use-duplicate-dates';
import { useEventProblem } from '../hooks/use-event-problem';
import styles from './event-admin.module.css';

/** Copies of the event on more dates, at the same local time (a series of sessions); all or none. */
export function DuplicateEventSection({ event, space }: { event: Event; space: SpaceDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const problem = useEventProblem();
  const own = localDate(event.start, space.timezone);
  const picked = useDuplicateDates(own);
  const [copies, setCopies] = useState<Event[]>([]);
  const duplicate = useDuplicateEvent({
    onSuccess: (made) => {
      setCopies(made);
      picked.clear();
      announce(t('eventAdmin.duplicate.done', { count: made.length }));
    },
  });
  const failedDate = isApiError(duplicate.error) ? (duplicate.error.problem as { date?: unknown }).date : undefined;

  return (
    <section aria-labelledby="duplicate-heading" className={`card ${styles.section}`}>
      <h2 id="duplicate-heading">{t('eventAdmin.duplicate.heading')}</h2>
      <p className="muted">{t('eventAdmin.duplicate.intro', { max: EVENT_DUPLICATES_MAX })}</p>
      <div className={styles.pickRow}>
        <TextField
          type="date"
          label={t('eventAdmin.duplicate.date')}
          value={picked.pick}
          min={own}
          onChange={(e) => picked.setPick(e.target.value)}
        />
        <Button variant="secondary" onClick={picked.addPicked} disabled={!isValidDate(picked.pick) || picked.full}>
          {t('eventAdmin.duplicate.add')}
        </Button>
      </div>
      <div className={styles.pickRow}>
        <TextField
          type="date"
          label={t('eventAdmin.duplicate.weeklyUntil', { weekday: f.weekdayLong(isoWeekday(own)) })}
          value={picked.until}
          min={own}
          onChange={(e) => picked.setUntil(e.target.value)}
        />
        <Button variant="secondary" onClick={picked.addWeekly} disabled={!isValidDate(picked.until) || picked.full}>
          {t('eventAdmin.duplicate.addWeekly')}
        </Button>
      </div>

      {picked.dates.length > 0 && (
        <>
          <h3 className={styles.subHeading}>{t('eventAdmin.duplicate.chosen', { count: picked.dates.length })}</h3>
          <ul className={styles.dateList}>
            {picked.dates.map((d) => (
              <li key={d}>
                <span>{f.dayShortYear(d)}</span>
                <Button variant="ghost" size="small" onClick={() => picked.remove(d)}>
                  {t('eventAdmin.duplicate.remove')}
                  <span className="visually-hidden"> {f.dayShortYear(d)}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {duplicate.error != null && (
        <Alert tone="error" title={t('eventAdmin.duplicate.failed')}>
          {typeof failedDate === 'string' && isValidDate(failedDate) && (
            <p>{t('eventAdmin.duplicate.failedOn', { day: f.dayLong(failedDate) })}</p>
          )}
          <p>{problem(duplicate.error)}</p>
        </Alert>
      )}
      <Button
        onClick={() => duplicate.mutate({ eventId: event.id, dates: picked.dates })}
        disabled={picked.dates.length === 0}
        busy={duplicate.isPending}
      >
        {t('eventAdmin.duplicate.submit', { count: picked.dates.length })}
      </Button>

      {copies.length > 0 && (
        <Alert tone="success" title={t('eventAdmin.duplicate.done', { count: copies.length })}>
          <ul>
            {copies.map((c) => (
              <li key={c.id}>
                <Link to={`/manage/events/${encodeURIComponent(c.id)}`}>
                  {f.dayLongOf(c.start, space.timezone)}, {f.timeRange(c.start, c.end, space.timezone)}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
