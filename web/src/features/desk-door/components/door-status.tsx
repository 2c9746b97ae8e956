import { useTranslation } from 'react-i18next';
import type { DeskDoor } from '@popdesk/shared';
import { IconCheck, IconClock, IconInfo } from '../../../components/ui/icons';
import { useFormat } from '../../../lib/use-format';
import type { DoorOffer } from '../utils/door-offer';
import styles from './desk-door.module.css';

/**
 * The desk's state now, in words with an icon and a pattern (not colour alone): free until,
 * taken until, closed until, or the caller's own booking.
 */
export function DoorStatus({ door, offer }: { door: DeskDoor; offer: DoorOffer }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tz = door.space.timezone;
  const time = (instant: string) => f.time(instant, tz);
  const { state, nextFreeAt, walkUpUntil, freeUntil } = door.now;

  let tone: 'free' | 'taken' | 'closed' | 'mine';
  let text: string;
  switch (offer.kind) {
    case 'check-in':
      tone = 'mine';
      text = t('deskDoor.status.mine', { range: f.timeRange(offer.booking.start, offer.booking.end, tz) });
      break;
    case 'checked-in':
      tone = 'mine';
      text = t('deskDoor.status.checkedIn', { time: time(offer.booking.end) });
      break;
    default: {
      tone = state;
      const until = walkUpUntil ?? freeUntil;
      if (state === 'free')
        text = until ? t('deskDoor.status.free', { time: time(until) }) : t('deskDoor.status.freeNow');
      else if (state === 'taken')
        text = nextFreeAt ? t('deskDoor.status.taken', { time: time(nextFreeAt) }) : t('deskDoor.status.takenAllDay');
      else
        text = nextFreeAt ? t('deskDoor.status.closed', { time: time(nextFreeAt) }) : t('deskDoor.status.closedAllDay');
    }
  }
  const Icon = tone === 'free' || tone === 'mine' ? IconCheck : tone === 'taken' ? IconClock : IconInfo;
  return (
    <p className={`${styles.status} ${styles[tone]}`} data-state={tone}>
      <Icon size={24} />
      <span>
        <span className="visually-hidden">{t('deskDoor.statusLabel')}: </span>
        {text}
      </span>
    </p>
  );
}
