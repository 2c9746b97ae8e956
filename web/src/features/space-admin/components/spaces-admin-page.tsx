import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Space } from '@popdesk/shared';
import { buttonClass } from '../../../components/ui/button';
import { IconDesk, IconPin } from '../../../components/ui/icons';
import { Page } from '../../../components/ui/page';
import { EmptyState } from '../../../components/ui/states';
import { useFormat } from '../../../lib/use-format';
import styles from './space-admin.module.css';

/** The spaces this person runs, to open one; admins also start new ones here. */
export function SpacesAdminPage({ spaces, canCreate }: { spaces: Space[]; canCreate: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const create = canCreate ? (
    <Link to="/manage/spaces/new" className={buttonClass('primary')}>
      + {t('spaceAdmin.newSpace')}
    </Link>
  ) : undefined;
  return (
    <Page title={t('spaceAdmin.listTitle')} intro={t('spaceAdmin.listIntro')} actions={create}>
      {spaces.length === 0 ? (
        <EmptyState title={t('spaceAdmin.noSpacesTitle')} icon={<IconDesk size={32} />}>
          {canCreate ? t('spaceAdmin.noSpacesAdmin') : t('spaceAdmin.noSpacesStaff')}
        </EmptyState>
      ) : (
        <ul className={styles.spaceList}>
          {spaces.map((s) => (
            <li key={s.id} className="card">
              <h2 className={styles.spaceName}>
                <Link to={`/manage/spaces/${s.id}`}>{s.name}</Link>
              </h2>
              <p className={styles.spaceFacts}>
                <span>
                  <IconPin size={16} /> {s.town}
                </span>
                <span>
                  <IconDesk size={16} /> {t('spaces.deskCount', { count: s.deskCount })}
                </span>
                {s.closesOn && (
                  <span className="badge badge-warn">
                    {t('spaces.popUp')} {s.opensOn ? f.date(s.opensOn) : '…'}–{s.closesOn ? f.date(s.closesOn) : '…'}
                  </span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
