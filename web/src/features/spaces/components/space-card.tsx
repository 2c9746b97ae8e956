import type { Ref } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Space, SpaceSummary } from '@popdesk/shared';
import { buttonClass } from '../../../components/ui/button';
import { IconDesk, IconPin } from '../../../components/ui/icons';
import { todayIn } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import type { OpenState } from '../utils/opening-hours';
import { spaceLife } from '../utils/space-life';
import { OpenBadge } from './open-badge';
import { OpeningHoursList } from './opening-hours';
import styles from './spaces.module.css';

/**
 * "Pop-up 01.06.–31.08.2027" for a space with a last day; "Seit 2013" for a permanent one that
 * opened in the past (a permanent space is never called a pop-up); nothing otherwise.
 */
export function SpaceLifeNote({
  space,
  today,
  className,
}: {
  space: Pick<Space, 'opensOn' | 'closesOn'>;
  today: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const life = spaceLife(space, today);
  if (life.kind === 'permanent') return null;
  if (life.kind === 'since') return <p className={className}>{t('spaces.since', { year: life.year })}</p>;
  return (
    <p className={className}>
      <span className="badge badge-warn">{t('spaces.popUp')}</span>{' '}
      {life.opensOn
        ? t('spaces.popUpRange', { from: f.date(life.opensOn), to: f.date(life.closesOn) })
        : t('spaces.popUpUntil', { to: f.date(life.closesOn) })}
    </p>
  );
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
  const today = todayIn(space.timezone, now);
  return (
    <article className={`card ${styles.card}`} aria-labelledby={headingId}>
      <div className={styles.cardHead}>
        <h3 id={headingId} className={styles.cardTitle}>
          <Link to={`/spaces/${space.id}`} ref={headingRef}>
            {space.name}
          </Link>
        </h3>
        <OpenBadge state={state} today={today} />
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
      {spaceLife(space, today).kind !== 'permanent' && (
        <SpaceLifeNote space={space} today={today} className={styles.popup} />
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
