import { useTranslation } from 'react-i18next';
import type { Space } from '@popdesk/shared';
import { Page } from '../../../components/ui/page';
import { SpaceSettingsForm } from './space-settings-form';
import styles from './space-admin.module.css';

/** Admins: a new space; desks, opening hours and closures follow on its own page. */
export function CreateSpacePage({ onCreated }: { onCreated: (space: Space) => void }) {
  const { t } = useTranslation();
  return (
    <Page title={t('spaceAdmin.newSpace')} intro={t('spaceAdmin.newSpaceIntro')}>
      <div className={styles.narrow}>
        <SpaceSettingsForm mode="create" onSaved={onCreated} />
      </div>
    </Page>
  );
}
