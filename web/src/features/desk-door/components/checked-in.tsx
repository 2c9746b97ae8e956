import { Link } from 'react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskDoor } from '@popdesk/shared';
import { IconCheck } from '../../../components/ui/icons';
import { useFormat } from '../../../lib/use-format';
import type { WalkedUp } from '../api/walk-up';
import styles from './desk-door.module.css';

/** Done: checked in (and booked, when it was a walk-up), said in the heading that gets the focus. */
export function CheckedIn({ door, result }: { door: DeskDoor; result: WalkedUp }) {
  const { t } = useTranslation();
  const f = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const tz = door.space.timezone;
  const { booking, created } = result;
  const title = t('deskDoor.done.title', { time: f.time(booking.end, tz) });
  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${title} – PopDesk`;
  }, [title]);
  return (
    <section className={styles.done}>
      <p className={styles.doneIcon}>
        <IconCheck size={40} />
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>
        {t(created ? 'deskDoor.done.created' : 'deskDoor.done.existing', {
          desk: door.desk.name,
          space: door.space.name,
          range: f.timeRange(booking.start, booking.end, tz),
        })}
      </p>
      <p>{t('deskDoor.done.enjoy')}</p>
      <ul className={styles.doneLinks}>
        <li>
          <Link to="/bookings">{t('deskDoor.myBookings')}</Link>
        </li>
        <li>
          <Link to={`/spaces/${encodeURIComponent(door.space.id)}`}>
            {t('deskDoor.dayView', { space: door.space.name })}
          </Link>
        </li>
      </ul>
    </section>
  );
}
