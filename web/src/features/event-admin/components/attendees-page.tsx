import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Event } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useNow } from '../../../lib/use-now';
import { useRegistrations } from '../api/get-registrations';
import { AttendeeLists } from './attendee-lists';
import { EventBadges, EventWhen } from './event-summary';
import styles from './event-admin.module.css';

interface Props {
  event: Event;
  timezone: string;
}

/**
 * Who comes to an event, for the door: the list refreshes while the event is on, and prints as a
 * plain list (buttons and forms are left out on paper).
 */
export function AttendeesPage({ event, timezone }: Props) {
  const { t } = useTranslation();
  const now = useNow(30_000).getTime();
  const running = now >= Date.parse(event.start) - 3_600_000 && now < Date.parse(event.end);
  const registrations = useRegistrations(event.id, { refetchInterval: running ? 30_000 : undefined });

  return (
    <Page
      title={t('eventAdmin.attendees.title', { title: event.title })}
      actions={
        <>
          <Button variant="secondary" className="no-print" onClick={() => window.print()}>
            {t('eventAdmin.attendees.print')}
          </Button>
          <Link className="no-print" to={`/manage/events/${encodeURIComponent(event.id)}`}>
            {t('eventAdmin.attendees.toEvent')}
          </Link>
        </>
      }
    >
      <div className={styles.eventHead}>
        <EventBadges event={event} />
        <p className={styles.when}>
          <EventWhen event={event} timezone={timezone} />
        </p>
      </div>
      {registrations.isPending ? (
        <Skeleton lines={5} height="2.5rem" label={t('eventAdmin.attendees.loading')} />
      ) : registrations.isError ? (
        <ErrorState error={registrations.error} onRetry={() => void registrations.refetch()} />
      ) : (
        <AttendeeLists event={event} timezone={timezone} registrations={registrations.data} now={now} />
      )}
    </Page>
  );
}
