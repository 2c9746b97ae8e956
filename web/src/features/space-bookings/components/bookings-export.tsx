import { useTranslation } from 'react-i18next';
import type { Space } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { localDate } from '../../../lib/dates';
import { downloadFile } from '../../../lib/ics';
import { useFormat } from '../../../lib/use-format';
import type { ManagedBooking } from '../api/get-bookings';
import type { ListFilter } from '../hooks/use-list-filter';
import { toCsv } from '../utils/bookings-csv';

interface Props {
  list: ManagedBooking[];
  spaces: Space[];
  filter: ListFilter;
  timezone: string;
  /** the e-mail column only when the addresses were asked for */
  withEmail: boolean;
}

/** The listed bookings as a CSV file, with the holders' names (and e-mail, when shown). */
export function BookingsExport({ list, spaces, filter, timezone, withEmail }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const download = () => {
    const head = [
      t('booking.day'),
      t('booking.time'),
      t('booking.space'),
      t('booking.desk'),
      t('bookingList.person'),
      t('frontDesk.guest'),
      ...(withEmail ? [t('staffNames.email')] : []),
      t('bookingList.status'),
    ];
    const rows = list.map((b) => {
      const space = spaces.find((s) => s.id === b.spaceId);
      const tz = space?.timezone ?? timezone;
      return [
        localDate(b.start, tz),
        f.timeRange(b.start, b.end, tz),
        space?.name ?? b.spaceName,
        b.deskName,
        b.guestName ?? b.userName ?? '',
        b.guestName ? t('staffNames.yes') : '',
        ...(withEmail ? [b.userEmail ?? ''] : []),
        t(`myBookings.status.${b.status}`),
      ];
    });
    downloadFile(
      `${t('staffNames.csvFile')}-${filter.from}-${filter.to}.csv`,
      toCsv([head, ...rows]),
      'text/csv;charset=utf-8',
    );
  };
  return (
    <Button size="small" variant="secondary" onClick={download}>
      {t('staffNames.export')}
    </Button>
  );
}
