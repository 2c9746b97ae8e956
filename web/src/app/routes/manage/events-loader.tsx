import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, SpaceDetail } from '@popdesk/shared';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth/get-me';
import { useSpace } from '../../../features/spaces/api/get-space';
import { useEvent } from '../../../features/event-admin/api/get-event';
import { NotFound } from '../not-found';

/**
 * An event of `:eventId` and its space, for the event pages: loading and error states, and "not found"
 * for an unknown event or one of a space the person does not run.
 */
export function WithEvent({
  eventId,
  children,
}: {
  eventId: string;
  children: (event: Event, space: SpaceDetail) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const event = useEvent(eventId);
  const spaceId = event.data?.spaceId ?? '';
  const space = useSpace(spaceId, !!spaceId);
  const runs = me.data?.role === 'admin' || (!!spaceId && me.data?.spaceIds.includes(spaceId));
  const missing = (e: unknown) => isApiError(e) && [400, 403, 404].includes(e.status);

  if (missing(event.error) || (me.data && event.data && !runs)) return <NotFound />;
  if (event.isError) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (event.isPending || space.isPending)
    return <Skeleton lines={8} height="2rem" label={t('eventAdmin.loadingOne')} />;
  if (space.isError) return <ErrorState error={space.error} onRetry={() => void space.refetch()} />;
  return children(event.data, space.data);
}
