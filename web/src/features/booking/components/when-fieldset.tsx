import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { SelectField } from '../../../components/ui/field';
import { useFormat } from '../../../lib/use-format';
import type { DayPlanner } from '../hooks/use-day-planner';
import { endOptions, startOptions, toIv } from '../utils/timeline';
import { longEnough } from '../utils/fair-use';
import styles from './booking.module.css';

const QUICK = ['morning', 'afternoon', 'whole'] as const;

/** When: the quick choices (morning, afternoon, whole opening time) and a custom from–to. */
export function WhenFieldset({ planner, availability }: { planner: DayPlanner; availability: Availability }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { choices, now, selection, space } = planner;
  // fair use: no end time before the space's minimum length (the server refuses those too)
  const min = space.minBookingMinutes;
  const endsFrom = (start: number) => {
    const all = endOptions(open, start);
    const allowed = longEnough(all, start, min);
    return allowed.length > 0 ? allowed : all.slice(-1);
  };
  const { choice, range } = selection;
  const tz = availability.timezone;
  const open = availability.open.map(toIv);
  const starts = startOptions(open, now);
  const ends = range ? endsFrom(range.start) : [];

  function changeStart(start: number) {
    const options = endsFrom(start);
    const keep = range && options.includes(range.end) ? range.end : options[Math.min(options.length - 1, 3)];
    if (keep !== undefined) planner.chooseRange({ start, end: keep });
  }

  return (
    <fieldset>
      <legend>{t('booking.when')}</legend>
      <div className={styles.choices}>
        {QUICK.map((c) => {
          const iv = choices[c];
          if (!iv) return null;
          return (
            <button
              key={c}
              type="button"
              className={`${styles.choice} ${choice === c ? styles.choiceActive : ''}`}
              aria-pressed={choice === c}
              onClick={() => planner.chooseQuick(c)}
            >
              <span className={styles.choiceLabel}>{t(`booking.choice.${c}`)}</span>
              <span className={styles.choiceTime}>{f.timeRange(iv.start, iv.end, tz)}</span>
            </button>
          );
        })}
      </div>
      <div className={styles.customRange}>
        <SelectField
          label={t('booking.from')}
          value={range?.start ?? ''}
          onChange={(e) => changeStart(Number(e.target.value))}
        >
          {!range && <option value="">{t('booking.pickTime')}</option>}
          {starts.map((s) => (
            <option key={s} value={s}>
              {f.time(s, tz)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('booking.to')}
          hint={[
            t('booking.fairUse.minHint', { count: min }),
            space.maxFutureBookingsPerPerson === null
              ? ''
              : t('booking.fairUse.maxHint', { count: space.maxFutureBookingsPerPerson }),
          ]
            .filter(Boolean)
            .join(' ')}
          value={range?.end ?? ''}
          disabled={!range}
          onChange={(e) => range && planner.chooseRange({ start: range.start, end: Number(e.target.value) })}
        >
          {!range && <option value="">{t('booking.pickTime')}</option>}
          {ends.map((s) => (
            <option key={s} value={s}>
              {f.time(s, tz)}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
