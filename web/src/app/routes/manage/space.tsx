import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth/get-me';
import { spaceQueryOptions, useSpace } from '../../../features/spaces/api/get-space';
import { spacesQueryOptions } from '../../../features/spaces/api/get-spaces';
import { ManageSpacePage } from '../../../features/space-admin/components/manage-space-page';
import { NotFound } from '../not-found';

/** One space to run: the space's details come from the spaces feature and are refreshed after every change. */
export function Component() {
  const { t } = useTranslation();
  const { spaceId = '' } = useParams();
  const queryClient = useQueryClient();
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
  return (
    <ManageSpacePage
      space={space.data}
      onChanged={() => {
        void queryClient.invalidateQueries({ queryKey: spaceQueryOptions(spaceId).queryKey });
        void queryClient.invalidateQueries({ queryKey: spacesQueryOptions().queryKey, exact: true });
      }}
    />
  );
}
