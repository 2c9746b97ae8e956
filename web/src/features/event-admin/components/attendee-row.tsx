import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Registration } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/use-format';
import { attendeeName } from '../utils/attendees';
import styles from './event-admin.module.css';

interface Props {
  registration: Registration;
  timezone: string;
  /** registered, not checked in, and the event has ended */
  noShow: boolean;
  canCheckIn: boolean;
  checkingIn: boolean;
  onCheckIn: () => void;
}

/** One person: name (or "Gast"), when they registered, and their state or the check-in button. */
export function AttendeeRow({ registration: r, timezone, noShow, canCheckIn, checkingIn, onCheckIn }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const nameId = useId();
  const name = attendeeName(r);
  return (
    <li className={styles.row}>
      <div>
        <span id={nameId} className={styles.name}>
          {name ?? t('eventAdmin.attendees.account')}
        </span>
        {r.guestName && !r.userName && <span className="badge badge-neutral">{t('eventAdmin.attendees.guest')}</span>}
        <span className={`muted ${styles.registeredAt}`}>
          {t('eventAdmin.attendees.registeredAt', {
            date: f.dateOf(r.createdAt, timezone),
            time: f.time(r.createdAt, timezone),
          })}
        </span>
      </div>
      <div className={styles.rowState}>
        {r.status === 'attended' && (
          <span className="badge badge-success">
            {t('eventAdmin.attendees.attended')}
            {r.checkedInAt && ` ${f.time(r.checkedInAt, timezone)}`}
          </span>
        )}
        {r.status === 'waitlisted' && (
          <span className="badge badge-warn">
            {t('eventAdmin.attendees.position', { position: r.position ?? '–' })}
          </span>
        )}
        {r.status === 'cancelled' && (
          <span className="badge badge-neutral">{t('eventAdmin.attendees.cancelledState')}</span>
        )}
        {r.status === 'registered' && noShow && (
          <span className="badge badge-danger">{t('eventAdmin.attendees.noShow')}</span>
        )}
        {r.status === 'registered' && !noShow && (
          <span className="badge badge-info">{t('eventAdmin.attendees.registered')}</span>
        )}
        {r.status === 'registered' && canCheckIn && (
          <Button size="small" className="no-print" busy={checkingIn} onClick={onCheckIn} aria-describedby={nameId}>
            {t('eventAdmin.attendees.checkIn')}
          </Button>
        )}
      </div>
    </li>
  );
}
