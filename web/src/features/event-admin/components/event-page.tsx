import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Event, SpaceDetail } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Page } from '../../../components/ui/page';
import { CancelEventSection } from './cancel-event-section';
import { DuplicateEventSection } from './duplicate-event-section';
import { EventBadges, EventCounts, EventWhen } from './event-summary';
import { EventForm } from './event-form';
import styles from './event-admin.module.css';

interface Props {
  space: SpaceDetail;
  event: Event;
  /** the event was just created (the new-event page sent us here) */
  created?: boolean;
}

/** One event for staff: change it, cancel it, copy it to more dates; a link to its attendees. */
export function EventPage({ space, event, created = false }: Props) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(created ? t('eventAdmin.form.created') : null);
  const cancelled = event.status === 'cancelled';
  return (
    <Page
      title={event.title}
      intro={t('eventAdmin.event.intro', { space: space.name, town: space.town })}
      actions={
        <>
          <Link to={`/manage/events/${encodeURIComponent(event.id)}/attendees`}>{t('eventAdmin.event.attendees')}</Link>
          <Link to={`/manage/events?space=${encodeURIComponent(space.id)}`}>{t('eventAdmin.event.back')}</Link>
        </>
      }
    >
      <div className={styles.eventHead}>
        <EventBadges event={event} />
        <p className={styles.when}>
          <EventWhen event={event} timezone={space.timezone} />
        </p>
        <EventCounts event={event} />
      </div>
      {notice && (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      )}
      {cancelled ? (
        <Alert tone="warn" title={t('eventAdmin.event.cancelledTitle')}>
          <p>{t('eventAdmin.event.cancelledText')}</p>
        </Alert>
      ) : (
        <div className={styles.sections}>
          <EventForm key={event.id} space={space} event={event} onSaved={() => setNotice(t('eventAdmin.form.saved'))} />
          <DuplicateEventSection event={event} space={space} />
          <CancelEventSection event={event} onCancelled={() => setNotice(null)} />
        </div>
      )}
    </Page>
  );
}
