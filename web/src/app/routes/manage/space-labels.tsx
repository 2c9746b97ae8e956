import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth/get-me';
import { useSpace } from '../../../features/spaces/api/get-space';
import { LabelSheetPage } from '../../../features/desk-labels/components/label-sheet-page';
import { NotFound } from '../not-found';

/** The QR labels of a space's desks to print (`/manage/spaces/:spaceId/labels`), for its staff and admins. */
export function Component() {
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
  return <LabelSheetPage space={space.data} />;
}
