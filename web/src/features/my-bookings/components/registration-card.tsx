import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Registration } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { IconDownload } from '../../../components/ui/icons';
import { buildIcs, downloadFile } from '../../../lib/ics';
import { useFormat } from '../../../lib/use-format';
import { FALLBACK_TZ } from '../utils/check-in-window';
import styles from './my-bookings.module.css';

type WithEvent = Registration & { event: NonNullable<Registration['event']> };

const tone: Record<Registration['status'], string> = {
  registered: 'badge-success',
  waitlisted: 'badge-info',
  attended: 'badge-info',
  cancelled: 'badge-neutral',
};

/** One of my registrations: the event (linked), when and where, my state; the calendar and cancelling while it is ahead. */
export function RegistrationCard({
  registration: r,
  now,
  onCancel,
  cancelling,
}: {
  registration: WithEvent;
  now: number;
  onCancel?: (r: WithEvent) => void;
  cancelling?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { event } = r;
  const tz = event.timezone ?? FALLBACK_TZ;
  const headingId = `registration-${r.id}`;
  const ahead = event.status === 'scheduled' && Date.parse(event.start) > now;
  const holds = r.status === 'registered' || r.status === 'waitlisted';
  const where = [event.spaceName, event.town].filter(Boolean).join(', ');

  const downloadIcs = () =>
    downloadFile(
      `popdesk-${event.id.slice(0, 8)}.ics`,
      buildIcs({ uid: `event-${event.id}`, start: event.start, end: event.end, summary: event.title, location: where }),
      'text/calendar',
    );

  return (
    <article className={`card ${styles.eventCard}`} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.eventTitle}>
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h3>
      <p className={styles.hint}>
        {t(`events.kind.${event.kind}`)} · {f.dayLongOf(event.start, tz)}, {f.timeRange(event.start, event.end, tz)}
        {where && ` · ${where}`}
      </p>
      <p>
        <span className={`badge ${event.status === 'cancelled' ? 'badge-danger' : tone[r.status]}`}>
          {event.status === 'cancelled'
            ? t('events.mine.eventCancelled')
            : r.status === 'waitlisted'
              ? t('events.mine.waitlisted', { position: r.position ?? 1 })
              : t(`events.mine.${r.status}`)}
        </span>
      </p>
      {ahead && holds && (
        <div className={styles.actions}>
          {r.status === 'registered' && (
            <Button size="small" variant="secondary" onClick={downloadIcs} aria-describedby={headingId}>
              <IconDownload size={18} />
              {t('events.ics')}
            </Button>
          )}
          <Button
            size="small"
            variant="ghost"
            className={styles.cancelBtn}
            onClick={() => onCancel?.(r)}
            busy={cancelling}
            aria-describedby={headingId}
          >
            {r.status === 'waitlisted' ? t('events.mine.leaveWaitlist') : t('events.mine.cancel')}
          </Button>
        </div>
      )}
    </article>
  );
}

export type { WithEvent as RegistrationWithEvent };
