import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { CalendarFeed } from '../../../components/calendar-feed';
import { useMe } from '../../../lib/auth/get-me';
import { DeleteSection } from './delete-section';
import { ExportSection } from './export-section';
import { ProfileForm } from './profile-form';
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
          <section className="card" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{t('calendarFeed.heading')}</h2>
            <CalendarFeed />
          </section>
          <ExportSection />
          <DeleteSection email={me.data.email} />
        </div>
      )}
    </Page>
  );
}
