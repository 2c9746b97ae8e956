import { useTranslation } from 'react-i18next';
import type { SpaceDetail } from '@popdesk/shared';
import { IconDesk, IconPin } from '../../../components/ui/icons';
import { todayIn } from '../../../lib/dates';
import { addressLine } from '../../../lib/places';
import { useNow } from '../../../lib/use-now';
import { openState } from '../utils/opening-hours';
import { spaceLife } from '../utils/space-life';
import { OpenBadge } from './open-badge';
import { OpeningHoursList } from './opening-hours';
import { SpaceLifeNote } from './space-card';
import styles from './spaces.module.css';

/** The facts about one space above its day view. */
export function SpaceSummary({ space }: { space: SpaceDetail }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const today = todayIn(space.timezone, now);
  return (
    <div className={styles.summary}>
      <div>
        <ul className={styles.summaryFacts}>
          <li>
            <OpenBadge state={openState(space, now)} today={today} />
          </li>
          <li>
            <IconPin size={18} />
            {addressLine(space.address, space.town)}
          </li>
          <li>
            <IconDesk size={18} />
            {t('spaces.deskCount', { count: space.deskCount })}
          </li>
          {spaceLife(space, today).kind !== 'permanent' && (
            <li>
              <SpaceLifeNote space={space} today={today} className={styles.popup} />
            </li>
          )}
        </ul>
        {space.description && <p>{space.description}</p>}
        {space.checkInRequired && (
          <p className="muted">{t('spaces.checkInRequired', { count: space.releaseAfterMinutes })}</p>
        )}
      </div>
      <details className="card" open>
        <summary>
          <strong>{t('spaces.openingHours')}</strong>
        </summary>
        <OpeningHoursList hours={space.openingHours} />
      </details>
    </div>
  );
}
