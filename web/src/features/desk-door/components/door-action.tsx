import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DeskDoor } from '@popdesk/shared';
import { buttonClass } from '../../../components/ui/button';
import type { DoorStep } from '../hooks/use-door-step';
import type { DoorOffer } from '../utils/door-offer';
import { BigButton, WalkUpError } from './door-parts';
import { WalkUpOffer } from './walk-up-offer';
import styles from './desk-door.module.css';

/** The one big thing to do here, by what the desk offers now; and the way to the space's day view. */
export function DoorAction({ door, offer, step }: { door: DeskDoor; offer: DoorOffer; step: DoorStep }) {
  const { t } = useTranslation();
  const dayView = `/spaces/${encodeURIComponent(door.space.id)}`;
  const space = door.space.name;
  switch (offer.kind) {
    case 'check-in':
      return (
        <section className={styles.action} aria-label={t('deskDoor.actionLabel')}>
          <WalkUpError door={door} error={step.walkUp.error} />
          <BigButton busy={step.walkUp.isPending} onClick={() => step.walkUp.mutate({})}>
            {t('deskDoor.checkIn')}
          </BigButton>
          <DayViewLink to={dayView} space={space} />
        </section>
      );
    case 'checked-in':
      return (
        <section className={styles.action} aria-label={t('deskDoor.actionLabel')}>
          <p>{t('deskDoor.alreadyCheckedIn')}</p>
          <Link to="/bookings">{t('deskDoor.myBookings')}</Link>
        </section>
      );
    case 'walk-up':
      return (
        <section className={styles.action} aria-label={t('deskDoor.actionLabel')}>
          <WalkUpOffer door={door} until={offer.until} step={step} />
          <DayViewLink to={dayView} space={space} />
        </section>
      );
    case 'taken':
    case 'closed':
    case 'room':
      return (
        <section className={styles.action} aria-label={t('deskDoor.actionLabel')}>
          {offer.kind === 'room' && <p>{t('deskDoor.roomText')}</p>}
          <Link to={dayView} className={`${buttonClass('secondary', 'normal', true)} ${styles.big}`}>
            {t(offer.kind === 'taken' ? 'deskDoor.otherDesks' : 'deskDoor.dayView', { space })}
          </Link>
        </section>
      );
    case 'sign-in':
      return null;
  }
}

function DayViewLink({ to, space }: { to: string; space: string }) {
  const { t } = useTranslation();
  return (
    <p className={styles.more}>
      <Link to={to}>{t('deskDoor.dayView', { space })}</Link>
    </p>
  );
}
