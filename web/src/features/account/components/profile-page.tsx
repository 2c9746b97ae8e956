import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useMe } from '../../../lib/auth/get-me';
import { DeleteSection } from './delete-section';
import { ExportSection } from './export-section';
import { CalendarSection } from './calendar-section';
import { PasswordSection } from './password-section';
import { ProfileForm } from './profile-form';
import { SessionsSection } from './sessions-section';
import styles from './account.module.css';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('profile.title')} intro={t('profile.intro')}>
      {me.isPending && <Skeleton lines={6} height="2.5rem" />}
      {me.isError && <ErrorState error={me.error} onRetry={() => void me.refetch()} />}
      {me.data && (
        <div className={styles.sections}>
          <ProfileForm me={me.data} />
          <PasswordSection />
          <CalendarSection />
          <SessionsSection />
          <ExportSection />
          <DeleteSection email={me.data.email} />
        </div>
      )}
    </Page>
  );
}
