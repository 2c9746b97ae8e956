import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, SkeletonCards } from '../../../components/ui/states';
import { IconCalendar } from '../../../components/ui/icons';
import { useEvents } from '../api/get-events';
import { useEventFilters } from '../hooks/use-event-filters';
import { EventCard } from './event-card';
import { EventFilters } from './event-filters';
import styles from './events.module.css';

/** "Events": what is coming up in the spaces, across towns, with a filter by town, space and kind. */
export function EventsPage() {
  const { t } = useTranslation();
  const events = useEvents();
  const filters = useEventFilters(events.data);

  return (
    <Page title={t('events.title')} intro={t('events.intro')}>
      {events.isPending && <SkeletonCards count={3} label={t('events.loading')} />}
      {events.isError && <ErrorState error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && filters.all.length === 0 && (
        <EmptyState icon={<IconCalendar size={32} />} title={t('events.emptyTitle')}>
          {t('events.emptyText')}
        </EmptyState>
      )}
      {events.data && filters.all.length > 0 && (
        <>
          <EventFilters filters={filters} />
          <p role="status" className="visually-hidden">
            {t('events.resultCount', { count: filters.shown.length })}
          </p>
          {filters.shown.length === 0 ? (
            <EmptyState icon={<IconCalendar size={32} />} title={t('events.noMatchTitle')}>
              {t('events.noMatchText')}
            </EmptyState>
          ) : (
            <ul className={styles.grid} aria-label={t('events.listLabel')}>
              {filters.shown.map((e) => (
                <li key={e.id}>
                  <EventCard event={e} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
