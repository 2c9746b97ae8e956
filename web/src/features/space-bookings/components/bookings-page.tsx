import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingStatus, Space } from '@popdesk/shared';
import { BookingSummary } from '../../../components/booking-summary';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CancelBookingDialog } from '../../../components/cancel-booking-dialog';
import { SelectField, TextField } from '../../../components/ui/field';
import { IconCalendar } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { addDays, isValidDate, localDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCancelBooking } from '../api/cancel-booking';
import { LIST_LIMIT, useManagedBookings, type ManagedBooking } from '../api/get-bookings';
import { dayBounds } from '../utils/day';
import { Holder } from './booking-status';
import styles from './space-bookings.module.css';

export interface ListFilter {
  spaceId: string;
  from: string;
  to: string;
  status: BookingStatus | '';
}

const STATUSES: BookingStatus[] = ['confirmed', 'checked_in', 'cancelled', 'no_show'];

/** The default: two weeks from today. */
export const defaultListFilter = (today: string): ListFilter => ({ spaceId: '', from: today, to: addDays(today, 13), status: '' });

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
  const [draft, setDraft] = useState(filter);
  // the URL changed (back button, a link): the form shows the filter in force
  const [shown, setShown] = useState(filter);
  if (JSON.stringify(shown) !== JSON.stringify(filter)) {
    setShown(filter);
    setDraft(filter);
  }
  const [rangeError, setRangeError] = useState(false);
  const [toCancel, setToCancel] = useState<ManagedBooking | null>(null);
  const space = spaces.find((s) => s.id === filter.spaceId);
  const tz = space?.timezone ?? spaces[0]?.timezone ?? 'Europe/Berlin';
  const spaceName = (id: string) => spaces.find((s) => s.id === id)?.name ?? '';
  const bookings = useManagedBookings({
    spaceId: filter.spaceId || undefined,
    from: dayBounds(filter.from, tz).from,
    to: dayBounds(filter.to, tz).to,
    status: filter.status || undefined,
  });
  const cancel = useCancelBooking({ onSuccess: () => announce(t('frontDesk.cancelled')) });

  function apply(e: FormEvent) {
    e.preventDefault();
    if (!isValidDate(draft.from) || !isValidDate(draft.to) || draft.to < draft.from) return setRangeError(true);
    setRangeError(false);
    onFilter(draft);
  }

  const set = <K extends keyof ListFilter>(k: K, v: ListFilter[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const list = bookings.data;

  return (
    <Page title={t('bookingList.title')} intro={t('bookingList.intro')}>
      <form onSubmit={apply} noValidate className={`card ${styles.filters}`} aria-label={t('bookingList.filters')}>
        <SelectField label={t('frontDesk.space')} value={draft.spaceId} onChange={(e) => set('spaceId', e.target.value)}>
          <option value="">{t('bookingList.allSpaces')}</option>
          {spaces.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.town})
            </option>
          ))}
        </SelectField>
        <TextField type="date" label={t('bookingList.from')} value={draft.from} onChange={(e) => set('from', e.target.value)} />
        <TextField type="date" label={t('bookingList.to')} value={draft.to} onChange={(e) => set('to', e.target.value)} error={rangeError ? t('bookingList.rangeError') : null} />
        <SelectField label={t('bookingList.status')} value={draft.status} onChange={(e) => set('status', e.target.value as ListFilter['status'])}>
          <option value="">{t('bookingList.anyStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`myBookings.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" className={styles.applyBtn}>
          {t('bookingList.apply')}
        </Button>
      </form>

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
          <div className="table-scroll" role="region" aria-labelledby="booking-table-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="booking-table-caption" className="visually-hidden">
                {t('bookingList.caption', { from: f.date(filter.from), to: f.date(filter.to) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('booking.day')}</th>
                  <th scope="col">{t('booking.time')}</th>
                  {!filter.spaceId && <th scope="col">{t('booking.space')}</th>}
                  <th scope="col">{t('booking.desk')}</th>
                  <th scope="col">{t('bookingList.person')}</th>
                  <th scope="col">{t('bookingList.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('bookingList.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((b) => {
                  const btz = spaces.find((s) => s.id === b.spaceId)?.timezone ?? tz;
                  return (
                    <BookingSummary
                      key={b.id}
                      layout="table"
                      booking={b}
                      timezone={btz}
                      spaceName={spaceName(b.spaceId)}
                      showSpace={!filter.spaceId}
                      who={<Holder booking={b} />}
                      actions={
                        (b.status === 'confirmed' || b.status === 'checked_in') && (
                          <Button
                            size="small"
                            variant="ghost"
                            className={styles.cancelBtn}
                            busy={cancel.isPending && cancel.variables === b.id}
                            aria-label={t('bookingList.cancelNamed', { desk: b.deskName ?? '', day: f.dayShortYear(localDate(b.start, btz)), range: f.timeRange(b.start, b.end, btz) })}
                            onClick={() => setToCancel(b)}
                          >
                            {t('frontDesk.cancel')}
                          </Button>
                        )
                      }
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <CancelBookingDialog booking={toCancel} title={t('frontDesk.cancelTitle')} onClose={() => setToCancel(null)} onConfirm={(b) => cancel.mutate(b.id)}>
        {(b) => (
          <p>
            {t('frontDesk.cancelText', {
              who: b.guestName ?? b.userName ?? t('frontDesk.account'),
              desk: b.deskName ?? '',
              range: `${f.dayShortYear(localDate(b.start, tz))}, ${f.timeRange(b.start, b.end, tz)}`,
            })}
          </p>
        )}
      </CancelBookingDialog>
    </Page>
  );
}
