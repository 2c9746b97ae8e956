import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useSpace } from '../../../features/spaces/api/get-space';
import { EventsPage } from '../../../features/event-admin/components/events-page';
import { pickSpace, useManagedSpaces } from '../managed-spaces';

/** The events of one of the person's spaces; the space lives in the URL. */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const managed = useManagedSpaces();
  const space = pickSpace(managed.spaces, params.get('space'));
  // the places' names come with the space's details
  const detail = useSpace(space?.id ?? '', !!space);

  if (managed.isPending) return <Skeleton lines={6} height="2.5rem" />;
  if (!managed.spaces) return <ErrorState error={managed.error} onRetry={managed.refetch} />;
  if (!space) {
    return (
      <Page title={t('eventAdmin.list.title')}>
        <EmptyState title={t('spaceAdmin.noSpacesTitle')}>{t('spaceAdmin.noSpacesStaff')}</EmptyState>
      </Page>
    );
  }
  return (
    <EventsPage
      spaces={managed.spaces}
      space={space}
      desks={detail.data?.desks}
      onSpace={(id) => setParams({ space: id }, { replace: true })}
    />
  );
}
