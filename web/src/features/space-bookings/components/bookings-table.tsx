import { useTranslation } from 'react-i18next';
import type { Space } from '@popdesk/shared';
import { BookingSummary } from '../../../components/booking-summary';
import { Button } from '../../../components/ui/button';
import { localDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import type { ManagedBooking } from '../api/get-bookings';
import type { ListFilter } from '../hooks/use-list-filter';
import { Holder } from './booking-status';
import styles from './space-bookings.module.css';

interface Props {
  list: ManagedBooking[];
  spaces: Space[];
  filter: ListFilter;
  /** The zone of the filtered space (or the first), for bookings of a space not in the list. */
  timezone: string;
  cancelling: string | null;
  onCancel: (booking: ManagedBooking) => void;
}

/** The bookings as a table (the space column only across spaces), each held one with a cancel button. */
export function BookingsTable({ list, spaces, filter, timezone, cancelling, onCancel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const spaceOf = (id: string) => spaces.find((s) => s.id === id);
  return (
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
            const btz = spaceOf(b.spaceId)?.timezone ?? timezone;
            const day = f.dayShortYear(localDate(b.start, btz));
            return (
              <BookingSummary
                key={b.id}
                layout="table"
                booking={b}
                timezone={btz}
                spaceName={spaceOf(b.spaceId)?.name ?? ''}
                showSpace={!filter.spaceId}
                who={<Holder booking={b} />}
                actions={
                  (b.status === 'confirmed' || b.status === 'checked_in') && (
                    <Button
                      size="small"
                      variant="ghost"
                      className={styles.cancelBtn}
                      busy={cancelling === b.id}
                      aria-label={t('bookingList.cancelNamed', {
                        desk: b.deskName ?? '',
                        day,
                        range: f.timeRange(b.start, b.end, btz),
                      })}
                      onClick={() => onCancel(b)}
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
  );
}
