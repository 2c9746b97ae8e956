import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { SelectField } from '../../../components/ui/field';
import { useFormat } from '../../../lib/use-format';
import type { WalkIn } from '../hooks/use-walk-in';
import type { Range } from '../hooks/walk-in-state';
import { deskFree, intervalAt, slotInstants } from '../utils/day';
import styles from './space-bookings.module.css';

interface Props {
  walkIn: WalkIn;
  availability: Availability;
  range: Range;
}

/** When and where: from, to (within one opening) and the desk, those taken then disabled. */
export function WalkInSlot({ walkIn, availability, range }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { draft, dispatch } = walkIn;
  const tz = availability.timezone;
  const slots = slotInstants(availability.open);
  // a walk-in from the timeline starts at now (5-minute steps) and may end off the quarter hours
  const withPicked = (list: number[], t0: number) => (list.includes(t0) ? list : [...list, t0].sort((a, b) => a - b));
  const starts = withPicked(
    slots.filter((s) => intervalAt(availability.open, s)),
    range.start,
  );
  const interval = intervalAt(availability.open, range.start);
  const ends = withPicked(
    slots.filter((s) => interval && s > range.start && s <= Date.parse(interval.end)),
    range.end,
  );
  const freeDesks = availability.desks.filter((d) => deskFree(d, range.start, range.end));
  const times = (list: number[]) =>
    list.map((s) => (
      <option key={s} value={s}>
        {f.time(s, tz)}
      </option>
    ));

  return (
    <>
      <div className={styles.timeRow}>
        <SelectField
          label={t('booking.from')}
          value={String(range.start)}
          onChange={(e) => walkIn.pickStart(availability.open, range, Number(e.target.value))}
        >
          {times(starts)}
        </SelectField>
        <SelectField
          label={t('booking.to')}
          value={String(range.end)}
          error={draft.errors.range}
          onChange={(e) => walkIn.pickEnd(range, Number(e.target.value))}
        >
          {times(ends)}
        </SelectField>
      </div>
      <SelectField
        label={t('booking.desk')}
        hint={t('frontDesk.walkIn.freeCount', { count: freeDesks.length, total: availability.desks.length })}
        value={draft.deskId}
        error={draft.errors.desk}
        onChange={(e) => dispatch({ type: 'desk', deskId: e.target.value })}
      >
        <option value="">{t('frontDesk.walkIn.chooseDesk')}</option>
        {availability.desks.map((d) => {
          const free = deskFree(d, range.start, range.end);
          return (
            <option key={d.deskId} value={d.deskId} disabled={!free}>
              {d.name} {free ? t('booking.deskFree') : t('booking.deskTaken')}
            </option>
          );
        })}
      </SelectField>
    </>
  );
}
