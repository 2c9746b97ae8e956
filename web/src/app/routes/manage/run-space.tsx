import type { ReactNode } from 'react';
import type { SpaceDetail } from '@popdesk/shared';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth/get-me';
import { useSpace } from '../../../features/spaces/api/get-space';
import { NotFound } from '../not-found';

type LoadedSpace = SpaceDetail;

/**
 * The gate of every `/manage/spaces/:spaceId/…` page: loads the space and shows the page only to its
 * staff and admins (others, and unknown or malformed ids, see "not found"), with loading and error states.
 */
export function RunSpace({ children }: { children: (space: LoadedSpace, spaceId: string) => ReactNode }) {
  const { t } = useTranslation();
  const { spaceId = '' } = useParams();
  const me = useMe();
  const space = useSpace(spaceId);
  const runs = me.data?.role === 'admin' || me.data?.spaceIds.includes(spaceId);

  if (
    (space.isError && isApiError(space.error) && (space.error.status === 404 || space.error.status === 400)) ||
    (me.data && !runs)
  )
    return <NotFound />;
  if (space.isPending) return <Skeleton lines={8} height="2rem" label={t('spaces.loadingOne')} />;
  if (space.isError) return <ErrorState error={space.error} onRetry={() => void space.refetch()} />;
  return children(space.data, spaceId);
}
