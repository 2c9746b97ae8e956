import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth/get-me';
import { spaceQueryOptions, useSpace } from '../../../features/spaces/api/get-space';
import { PlanEditorPage } from '../../../features/floor-plan/components/plan-editor-page';
import { NotFound } from '../not-found';

/** The space's floor plan (`/manage/spaces/:spaceId/plan`), for its staff and admins. */
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
    <PlanEditorPage
      space={space.data}
      onDesksChanged={() => void queryClient.invalidateQueries({ queryKey: spaceQueryOptions(spaceId).queryKey })}
    />
  );
}
