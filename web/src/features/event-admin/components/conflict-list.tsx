import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SpaceDetail } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { localDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import type { PlaceConflict } from '../utils/conflicts';

/**
 * The bookings that stand in the event's way (a 409 `event-places-booked`): desk, time and who, and
 * a link to that day at the front desk, where staff can move or cancel them.
 */
export function ConflictList({ conflicts, space }: { conflicts: PlaceConflict[]; space: SpaceDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tz = space.timezone;
  const days = [...new Set(conflicts.map((c) => localDate(c.start, tz)))];
  return (
    <Alert tone="error" title={t('eventAdmin.conflicts.title', { count: conflicts.length })}>
      <p>{t('eventAdmin.conflicts.intro')}</p>
      <ul aria-label={t('eventAdmin.conflicts.listLabel')}>
        {conflicts.map((c) => (
          <li key={c.bookingId}>
            {t('eventAdmin.conflicts.item', {
              desk: c.deskName,
              day: f.dayShortYear(localDate(c.start, tz)),
              range: f.timeRange(c.start, c.end, tz),
              who: c.userName ?? t('eventAdmin.conflicts.someone'),
            })}
          </li>
        ))}
      </ul>
      {days.map((d) => (
        <p key={d}>
          <Link to={`/manage/today?space=${encodeURIComponent(space.id)}&date=${d}`}>
            {t('eventAdmin.conflicts.openDay', { day: f.dayLong(d) })}
          </Link>
        </p>
      ))}
    </Alert>
  );
}
