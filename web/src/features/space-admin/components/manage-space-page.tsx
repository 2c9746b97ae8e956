import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SpaceDetail } from '@popdesk/shared';
import { Page } from '../../../components/ui/page';
import { todayIn } from '../../../lib/dates';
import { ClosuresEditor } from './closures-editor';
import { DesksEditor } from './desks-editor';
import { OpeningHoursEditor } from './opening-hours-editor';
import { SpaceSettingsForm } from './space-settings-form';
import styles from './space-admin.module.css';

interface Props {
  space: SpaceDetail;
  /** Something about the space changed: the caller refreshes what it shows of it. */
  onChanged: () => void;
}

/** One space's settings, desks, opening hours and closures, each saved on its own. */
export function ManageSpacePage({ space, onChanged }: Props) {
  const { t } = useTranslation();
  const today = todayIn(space.timezone);
  const sections = [
    ['settings', t('spaceAdmin.settings.heading')],
    ['desks', t('spaceAdmin.desks.heading')],
    ['hours', t('spaceAdmin.hours.heading')],
    ['closures', t('spaceAdmin.closures.heading')],
  ] as const;
  return (
    <Page
      title={space.name}
      intro={t('spaceAdmin.pageIntro', { town: space.town })}
      actions={
        <>
          <Link to={`/spaces/${space.id}`}>{t('spaceAdmin.viewDay')}</Link>
          <Link to={`/manage/today?space=${space.id}`}>{t('spaceAdmin.viewToday')}</Link>
          <Link to={`/manage/spaces/${space.id}/labels`}>{t('spaceAdmin.printLabels')}</Link>
          <Link to={`/manage/spaces/${space.id}/plan`}>{t('spaceAdmin.floorPlan')}</Link>
        </>
      }
    >
      <nav aria-label={t('spaceAdmin.sectionsNav')} className={styles.jump}>
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.sections}>
        <div id="settings">
          <SpaceSettingsForm mode="edit" space={space} onSaved={onChanged} />
        </div>
        <div id="desks">
          <DesksEditor spaceId={space.id} desks={space.desks} today={today} onChanged={onChanged} />
        </div>
        <div id="hours">
          <OpeningHoursEditor
            spaceId={space.id}
            timezone={space.timezone}
            hours={space.openingHours}
            onSaved={onChanged}
          />
        </div>
        <div id="closures">
          <ClosuresEditor space={space} today={today} onChanged={onChanged} />
        </div>
      </div>
    </Page>
  );
}
