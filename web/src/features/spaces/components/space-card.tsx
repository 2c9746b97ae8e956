import type { Ref } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Space, SpaceSummary } from '@popdesk/shared';
import { buttonClass } from '../../../components/ui/button';
import { IconDesk, IconPin } from '../../../components/ui/icons';
import { todayIn } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import type { OpenState } from '../utils/opening-hours';
import { OpenBadge } from './open-badge';
import { OpeningHoursList } from './opening-hours';
import styles from './spaces.module.css';

export function PopUpDates({ space }: { space: Pick<Space, 'opensOn' | 'closesOn'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!space.opensOn && !space.closesOn) return null;
  if (space.opensOn && space.closesOn)
    return <>{t('spaces.popUpRange', { from: f.date(space.opensOn), to: f.date(space.closesOn) })}</>;
  if (space.opensOn) return <>{t('spaces.popUpFrom', { from: f.date(space.opensOn) })}</>;
  return <>{t('spaces.popUpUntil', { to: f.date(space.closesOn!) })}</>;
}

/** A space in the list; `state` is whether it is open at `now` (worked out once, by the list's filter). */
export function SpaceCard({
  space,
  state,
  now,
  headingRef,
}: {
  space: SpaceSummary;
  state: OpenState;
  now: Date;
  headingRef?: Ref<HTMLAnchorElement>;
}) {
  const { t } = useTranslation();
  const headingId = `space-${space.id}`;
  const isPopUp = space.opensOn !== null || space.closesOn !== null;
  return (
    <article className={`card ${styles.card}`} aria-labelledby={headingId}>
      <div className={styles.cardHead}>
        <h3 id={headingId} className={styles.cardTitle}>
          <Link to={`/spaces/${space.id}`} ref={headingRef}>
            {space.name}
          </Link>
        </h3>
        <OpenBadge state={state} today={todayIn(space.timezone, now)} />
      </div>
      {space.address && (
        <p className={styles.meta}>
          <IconPin size={18} />
          {space.address}
        </p>
      )}
      <p className={styles.meta}>
        <IconDesk size={18} />
        {t('spaces.deskCount', { count: space.deskCount })}
      </p>
      {isPopUp && (
        <p className={styles.popup}>
          <span className="badge badge-warn">{t('spaces.popUp')}</span> <PopUpDates space={space} />
        </p>
      )}
      {space.description && <p className={styles.description}>{space.description}</p>}
      <div className={styles.hours}>
        <h4 className="visually-hidden">{t('spaces.openingHours')}</h4>
        <OpeningHoursList hours={space.openingHours} />
      </div>
      <Link to={`/spaces/${space.id}`} className={buttonClass('primary', 'normal', true)} aria-describedby={headingId}>
        {t('spaces.showDay')}
      </Link>
    </article>
  );
}
