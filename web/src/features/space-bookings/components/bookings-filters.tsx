import { useTranslation } from 'react-i18next';
import type { BookingStatus, Space } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useListFilter, type ListFilter } from '../hooks/use-list-filter';
import styles from './space-bookings.module.css';

const STATUSES: BookingStatus[] = ['confirmed', 'checked_in', 'cancelled', 'no_show'];

interface Props {
  spaces: Space[];
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
}

/** Space, from, to and status; applied with the button. */
export function BookingsFilters({ spaces, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const { draft, set, apply, rangeError } = useListFilter(filter, onFilter);
  return (
    <form onSubmit={apply} noValidate className={`card ${styles.filters}`} aria-label={t('bookingList.filters')}>
      <SelectField label={t('frontDesk.space')} value={draft.spaceId} onChange={(e) => set('spaceId', e.target.value)}>
        <option value="">{t('bookingList.allSpaces')}</option>
        {spaces.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.town})
          </option>
        ))}
      </SelectField>
      <TextField
        type="date"
        label={t('bookingList.from')}
        value={draft.from}
        onChange={(e) => set('from', e.target.value)}
      />
      <TextField
        type="date"
        label={t('bookingList.to')}
        value={draft.to}
        onChange={(e) => set('to', e.target.value)}
        error={rangeError ? t('bookingList.rangeError') : null}
      />
      <SelectField
        label={t('bookingList.status')}
        value={draft.status}
        onChange={(e) => set('status', e.target.value as ListFilter['status'])}
      >
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
  );
}
