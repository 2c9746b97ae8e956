import { useTranslation } from 'react-i18next';
import { ErrorState, SkeletonCards } from '../../../components/ui/states';
import { SpacesAdminPage } from '../../../features/space-admin/components/spaces-admin-page';
import { useManagedSpaces } from '../managed-spaces';

export function Component() {
  const { t } = useTranslation();
  const managed = useManagedSpaces();
  if (managed.isPending) return <SkeletonCards count={2} label={t('spaces.loading')} />;
  if (!managed.spaces) return <ErrorState error={managed.error} onRetry={managed.refetch} />;
  return <SpacesAdminPage spaces={managed.spaces} canCreate={managed.isAdmin} />;
}
