import type { ReactNode } from 'react';
import type { Booking } from '@popdesk/shared';
import { SummaryCard, SummaryRow, SummaryTableRow } from './booking-summary-layouts';

export { BookingStatusBadge } from './booking-status-badge';

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
