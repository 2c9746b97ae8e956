import { useTranslation } from 'react-i18next';
import type { Event, Registration } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { useAnnounce } from '../../../components/ui/live-region';
import { useCheckInRegistration } from '../api/registration-actions';
import { useEventProblem } from '../hooks/use-event-problem';
import { attendeeGroups, attendeeName, checkInOpen, walkInOpen } from '../utils/attendees';
import { AttendeeCounts } from './attendee-counts';
import { AttendeeRow } from './attendee-row';
import { WalkInParticipantForm } from './walk-in-participant-form';
import styles from './event-admin.module.css';

interface Props {
  event: Event;
  timezone: string;
  registrations: Registration[];
  now: number;
}

/** The counts, those holding a place, the waitlist in order, the cancelled, and the walk-in form. */
export function AttendeeLists({ event, timezone, registrations, now }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useEventProblem();
  const checkIn = useCheckInRegistration((r) =>
    announce(t('eventAdmin.attendees.checkedIn', { name: attendeeName(r) ?? t('eventAdmin.attendees.account') })),
  );
  const groups = attendeeGroups(registrations);
  const ended = now >= Date.parse(event.end);
  const canCheckIn = event.status === 'scheduled' && checkInOpen(event, now);
  const row = (r: Registration) => (
    <AttendeeRow
      key={r.id}
      registration={r}
      timezone={timezone}
      noShow={ended && r.status === 'registered' && r.noShow !== false}
      canCheckIn={canCheckIn}
      checkingIn={checkIn.isPending && checkIn.variables?.id === r.id}
      onCheckIn={() => checkIn.mutate(r)}
    />
  );
  const list = (id: string, heading: string, empty: string, items: Registration[]) => (
    <section aria-labelledby={id} className={styles.listSection}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className={styles.rows} aria-labelledby={id}>
          {items.map(row)}
        </ul>
      )}
    </section>
  );

  return (
    <>
      <AttendeeCounts counts={groups.counts} capacity={event.capacity} ended={ended} />
      {checkIn.error != null && (
        <Alert tone="error" title={t('eventAdmin.attendees.checkInFailed')}>
          <p>{problem(checkIn.error)}</p>
        </Alert>
      )}
      <div className={styles.attendeeLayout}>
        <div>
          {list(
            'holding-heading',
            t('eventAdmin.attendees.holding'),
            t('eventAdmin.attendees.noneHolding'),
            groups.holding,
          )}
          {list(
            'waiting-heading',
            t('eventAdmin.attendees.waiting'),
            t('eventAdmin.attendees.noneWaiting'),
            groups.waiting,
          )}
          {groups.cancelled.length > 0 && (
            <details className={styles.cancelledList}>
              <summary>{t('eventAdmin.attendees.cancelled', { count: groups.cancelled.length })}</summary>
              <ul className={styles.rows}>{groups.cancelled.map(row)}</ul>
            </details>
          )}
        </div>
        {walkInOpen(event, now) && (
          <WalkInParticipantForm eventId={event.id} full={groups.counts.registered >= event.capacity} />
        )}
      </div>
    </>
  );
}
