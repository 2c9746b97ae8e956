import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Booking, BookingStatus } from '@popdesk/shared';
import { IconCalendar, IconCheck, IconDesk } from './ui/icons';
import { localDate } from '../lib/dates';
import { useFormat } from '../lib/use-format';
import styles from './booking-summary.module.css';

const tone: Record<BookingStatus, string> = {
  confirmed: 'badge-success',
  checked_in: 'badge-info',
  cancelled: 'badge-neutral',
  no_show: 'badge-danger',
};

/** The status in words (the colour and the tick only repeat it). */
export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${tone[status]}`}>
      {status === 'checked_in' && <IconCheck size={14} />}
      {t(`myBookings.status.${status}`)}
    </span>
  );
}

export interface BookingSummaryProps {
  booking: Booking;
  /** The space's IANA zone: day and times are shown in it. */
  timezone: string;
  /**
   * `card`: one of my bookings (an article headed by its day); `row`: a list item of the front
   * desk's day; `table`: a row of the bookings table (its cells follow the table's columns).
   */
  layout: 'card' | 'row' | 'table';
  /** The space's name when the booking does not carry it. */
  spaceName?: string;
  /** card: the town after the space's name. */
  town?: string;
  /** table: the day and space columns (left out when the table is of one day or one space). */
  showDay?: boolean;
  showSpace?: boolean;
  /** row, table: who holds the booking. */
  who?: ReactNode;
  /** What can be done with it; the card puts it last, row and table in their last cell. */
  actions?: ReactNode;
  /** card: the heading's id; row: the id of the time and desk (for aria-describedby). */
  headingId?: string;
}

/**
 * One booking the same way on every page: its local day and time range, space and desk, and its
 * status in words; the pages add who holds it and what can be done.
 */
export function BookingSummary(props: BookingSummaryProps) {
  if (props.layout === 'card') return <SummaryCard {...props} />;
  if (props.layout === 'row') return <SummaryRow {...props} />;
  return <SummaryTableRow {...props} />;
}

function SummaryCard({ booking: b, timezone, spaceName, town, actions, headingId }: BookingSummaryProps) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <article className={`card ${styles.card} ${b.status === 'cancelled' ? styles.cancelled : ''}`} aria-labelledby={headingId}>
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

function SummaryRow({ booking: b, timezone, who, actions, headingId }: BookingSummaryProps) {
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

function SummaryTableRow({ booking: b, timezone, spaceName, showDay = true, showSpace = true, who, actions }: BookingSummaryProps) {
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
