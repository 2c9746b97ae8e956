import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Space } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { CancelBookingDialog } from '../../../components/cancel-booking-dialog';
import { IconCalendar } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { localDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCancelBooking } from '../api/cancel-booking';
import { LIST_LIMIT, useManagedBookings, type ManagedBooking } from '../api/get-bookings';
import type { ListFilter } from '../hooks/use-list-filter';
import { dayBounds } from '../utils/day';
import { BookingsExport } from './bookings-export';
import { BookingsFilters } from './bookings-filters';
import { CancelMessageField } from './cancel-message-field';
import { EmailToggle } from './email-toggle';
import { BookingsTable } from './bookings-table';

export { defaultListFilter, type ListFilter } from '../hooks/use-list-filter';

interface Props {
  spaces: Space[];
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
}

/** Bookings of the person's spaces, filtered by space, dates and status. */
export function BookingsPage({ spaces, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [toCancel, setToCancel] = useState<ManagedBooking | null>(null);
  const [withEmail, setWithEmail] = useState(false);
  const [message, setMessage] = useState('');
  const space = spaces.find((s) => s.id === filter.spaceId);
  const tz = space?.timezone ?? spaces[0]?.timezone ?? 'Europe/Berlin';
  const bookings = useManagedBookings({
    spaceId: filter.spaceId || undefined,
    from: dayBounds(filter.from, tz).from,
    to: dayBounds(filter.to, tz).to,
    status: filter.status || undefined,
    ...(withEmail ? { include: 'email' as const } : {}),
  });
  const cancel = useCancelBooking({ onSuccess: () => announce(t('frontDesk.cancelled')) });
  const list = bookings.data;

  return (
    <Page title={t('bookingList.title')} intro={t('bookingList.intro')}>
      <BookingsFilters spaces={spaces} filter={filter} onFilter={onFilter} />
      <EmailToggle checked={withEmail} onChange={setWithEmail} />
      {cancel.error != null && (
        <Alert tone="error" title={t('frontDesk.actionFailed')}>
          <p>{problem(cancel.error)}</p>
        </Alert>
      )}
      {bookings.isPending && <Skeleton lines={6} height="2rem" label={t('frontDesk.loading')} />}
      {bookings.isError && <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} />}
      {list && list.length === 0 && (
        <EmptyState icon={<IconCalendar size={32} />} title={t('bookingList.emptyTitle')}>
          {t('bookingList.empty')}
        </EmptyState>
      )}
      {list && list.length > 0 && (
        <>
          <p role="status" className="muted">
            {t('bookingList.count', { count: list.length })}
            {list.length >= LIST_LIMIT && ` ${t('bookingList.limited', { limit: LIST_LIMIT })}`}
          </p>
          <BookingsExport list={list} spaces={spaces} filter={filter} timezone={tz} withEmail={withEmail} />
          <BookingsTable
            list={list}
            spaces={spaces}
            filter={filter}
            timezone={tz}
            cancelling={cancel.isPending ? (cancel.variables?.id ?? null) : null}
            onCancel={(b) => {
              setMessage('');
              setToCancel(b);
            }}
          />
        </>
      )}
      <CancelBookingDialog
        booking={toCancel}
        title={t('frontDesk.cancelTitle')}
        onClose={() => setToCancel(null)}
        onConfirm={(b) => cancel.mutate({ id: b.id, message })}
      >
        {(b) => (
          <>
            <p>
              {t('frontDesk.cancelText', {
                who: b.guestName ?? b.userName ?? t('frontDesk.account'),
                desk: b.deskName ?? '',
                range: `${f.dayShortYear(localDate(b.start, tz))}, ${f.timeRange(b.start, b.end, tz)}`,
              })}
            </p>
            <CancelMessageField booking={b} value={message} onChange={setMessage} />
          </>
        )}
      </CancelBookingDialog>
    </Page>
  );
}
