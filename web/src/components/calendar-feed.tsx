import { useTranslation } from 'react-i18next';
import { CopyField } from './ui/copy-field';
import { useMe } from '../lib/auth/get-me';

/**
 * The personal calendar feed link from GET /api/me, to subscribe to in a calendar app. It is a
 * secret: whoever has it sees the bookings, so the hint says so.
 */
export function CalendarFeed({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return null;
  return (
    <div className="calendar-feed">
      {!compact && <p>{t('calendarFeed.intro')}</p>}
      <CopyField label={t('calendarFeed.label')} value={me.data.calendarUrl} hint={t('calendarFeed.hint')} />
    </div>
  );
}
