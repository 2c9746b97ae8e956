import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../../../lib/auth/require-role';
import { SubNav } from '../../layout/sub-nav';
import { reportNavItems } from '../../nav';

export function Component() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['staff', 'admin', 'analyst']}>
      <SubNav items={reportNavItems} label={t('reports.nav.label')} />
      <Outlet />
    </RequireRole>
  );
}
