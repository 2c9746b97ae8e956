import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@popdesk/shared';
import { Page } from '../../components/ui/page';
import { ErrorState, Skeleton } from '../../components/ui/states';
import { useMe } from './get-me';
import { RequireAuth } from './require-auth';

/**
 * Pages for some roles only (staff, admin). The server decides what anyone may do; this only
 * spares people a page full of 403s and says plainly that the page is not for them.
 */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  return (
    <RequireAuth>
      <RoleGate roles={roles}>{children}</RoleGate>
    </RequireAuth>
  );
}

function RoleGate({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Skeleton lines={4} />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!roles.includes(me.data.role)) {
    return (
      <Page title={t('manage.forbiddenTitle')}>
        <p>{t('manage.forbidden')}</p>
      </Page>
    );
  }
  return children;
}
