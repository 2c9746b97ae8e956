import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../../../lib/auth/require-role';
import { SubNav } from '../../layout/sub-nav';
import { manageNavItems } from '../../nav';

/** Everything staff and admins run: only for them, with the area's own navigation. */
export function Component() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['staff', 'admin']}>
      <SubNav items={manageNavItems} label={t('manage.nav.label')} />
      <Outlet />
    </RequireRole>
  );
}
