import { OfflineNotice } from './offline-notice';
import { UpdateBanner } from './update-banner';
import styles from './pwa.module.css';

/** The notices of the installed app, at the top of the page (nothing when there is none). */
export function AppNotices() {
  return (
    <div className={styles.notices}>
      <OfflineNotice />
      <UpdateBanner />
    </div>
  );
}
