import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Event } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { IconCalendar } from '../../../components/ui/icons';
import { isApiError } from '../../../lib/api-client';
import { useEvent } from '../api/get-event';
import { EventFacts } from './event-facts';
import { EventLinks } from './event-links';
import { RegistrationPanel } from './registration-panel';
import styles from './events.module.css';

/** `/events/:eventId`: a shareable page that works signed out; registration beside the facts. */
export function EventPage({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const event = useEvent(eventId);
  const missing = event.isError && isApiError(event.error) && [400, 403, 404].includes(event.error.status);

  return (
    <>
      <p>
        <Link to="/events">← {t('events.backToList')}</Link>
      </p>
      {event.isPending && <Skeleton lines={6} height="2rem" label={t('events.loadingOne')} />}
      {missing && (
        <EmptyState icon={<IconCalendar size={32} />} title={t('events.notFoundTitle')}>
          {t('events.notFoundText')}
        </EmptyState>
      )}
      {event.isError && !missing && <ErrorState error={event.error} onRetry={() => void event.refetch()} />}
      {event.data && <EventDetail event={event.data} />}
    </>
  );
}

function EventDetail({ event }: { event: Event }) {
  const { t } = useTranslation();
  return (
    <Page title={event.title} intro={t(`events.kind.${event.kind}`)}>
      {event.status === 'cancelled' && (
        <Alert tone="warn" title={t('events.cancelledTitle')} live={false}>
          <p>{t('events.cancelledText')}</p>
        </Alert>
      )}
      <div className={styles.layout}>
        <div>
          <EventFacts event={event} />
          {event.description && (
            <section aria-labelledby="about-heading">
              <h2 id="about-heading">{t('events.about')}</h2>
              <p className={styles.description}>{event.description}</p>
            </section>
          )}
        </div>
        <div>
          <RegistrationPanel event={event} />
          <EventLinks event={event} />
        </div>
      </div>
    </Page>
  );
}
