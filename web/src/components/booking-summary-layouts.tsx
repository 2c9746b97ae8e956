import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localDate } from '../lib/dates';
import { useFormat } from '../lib/use-format';
import type { BookingSummaryProps } from './booking-summary';
import { BookingStatusBadge } from './booking-status-badge';
import { IconCalendar, IconDesk } from './ui/icons';
import styles from './booking-summary.module.css';

/** My booking as a card headed by its day (an article). */
export function SummaryCard({ booking: b, timezone, spaceName, town, actions, headingId }: BookingSummaryProps) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <article
      className={`card ${styles.card} ${b.status === 'cancelled' ? styles.cancelled : ''}`}
      aria-labelledby={headingId}
    >
      <div className={styles.when}>
        <IconCalendar />
        <div>
          <h3 id={headingId} className={styles.day}>
            {f.dayLongOf(b.start, timezone)}
          </h3>
          <p className={styles.time}>
            {f.timeRange(b.start, b.end, timezone)} <span className="visually-hidden">{t('myBookings.clock')}</span>
          </p>
        </div>
        <BookingStatusBadge status={b.status} />
      </div>
      <p className={styles.where}>
        <IconDesk size={18} />
        <span>
          <Link to={`/spaces/${b.spaceId}`}>{b.spaceName ?? spaceName ?? ''}</Link>
          {town && `, ${town}`} · {b.deskName}
        </span>
      </p>
      {actions}
    </article>
  );
}

/** A list item of the front desk's day. */
export function SummaryRow({ booking: b, timezone, who, actions, headingId }: BookingSummaryProps) {
  const f = useFormat();
  return (
    <li className={`${styles.row} ${b.status === 'cancelled' ? styles.rowCancelled : ''}`}>
      <div className={styles.rowTime} id={headingId}>
        <strong>{f.timeRange(b.start, b.end, timezone)}</strong>
        <span className={styles.rowDesk}>{b.deskName}</span>
      </div>
      <div className={styles.rowWho}>{who}</div>
      <div className={styles.rowStatus}>
        <BookingStatusBadge status={b.status} />
      </div>
      <div className={styles.rowActions}>{actions}</div>
    </li>
  );
}

/** A row of the bookings table. */
export function SummaryTableRow({
  booking: b,
  timezone,
  spaceName,
  showDay = true,
  showSpace = true,
  who,
  actions,
}: BookingSummaryProps) {
  const f = useFormat();
  return (
    <tr>
      {showDay && <td className="nowrap">{f.dayShortYear(localDate(b.start, timezone))}</td>}
      <td className="nowrap num">{f.timeRange(b.start, b.end, timezone)}</td>
      {showSpace && <td>{b.spaceName ?? spaceName ?? ''}</td>}
      <td>{b.deskName}</td>
      <td>{who}</td>
      <td>
        <BookingStatusBadge status={b.status} />
      </td>
      <td>{actions}</td>
    </tr>
  );
}
