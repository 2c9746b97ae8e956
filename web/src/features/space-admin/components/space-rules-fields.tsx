import { useTranslation } from 'react-i18next';
import {
  BOOKING_HORIZON_MAX_DAYS,
  MAX_FUTURE_BOOKINGS_MAX,
  MAX_FUTURE_BOOKINGS_MIN,
  MIN_BOOKING_MINUTES_MAX,
  MIN_BOOKING_MINUTES_MIN,
  RELEASE_AFTER_MAX_MINUTES,
  RELEASE_AFTER_MIN_MINUTES,
} from '@popdesk/shared';
import { TextField } from '../../../components/ui/field';
import type { SpaceFormValues } from '../utils/space-form';
import styles from './space-admin.module.css';

interface Props {
  values: SpaceFormValues;
  set: <K extends keyof SpaceFormValues>(key: K, value: SpaceFormValues[K]) => void;
  message: (key: keyof SpaceFormValues) => string | null;
}

/**
 * The pop-up's first and last day, how far ahead people book, when unused desks are released, and
 * fair use (the shortest booking, the upcoming bookings one person may hold).
 */
export function SpaceRulesFields({ values, set, message }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset>
        <legend>{t('spaceAdmin.settings.life')}</legend>
        <p className={`hint ${styles.legendHint}`}>{t('spaceAdmin.settings.lifeHint')}</p>
        <div className={styles.grid2}>
          <TextField
            type="date"
            label={t('spaceAdmin.settings.opensOn')}
            value={values.opensOn}
            onChange={(e) => set('opensOn', e.target.value)}
            error={message('opensOn')}
          />
          <TextField
            type="date"
            label={t('spaceAdmin.settings.closesOn')}
            value={values.closesOn}
            onChange={(e) => set('closesOn', e.target.value)}
            error={message('closesOn')}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('spaceAdmin.settings.rules')}</legend>
        <div className={styles.grid2}>
          <TextField
            type="number"
            inputMode="numeric"
            min={0}
            max={BOOKING_HORIZON_MAX_DAYS}
            label={t('spaceAdmin.settings.bookingHorizonDays')}
            hint={t('spaceAdmin.settings.horizonHint')}
            value={values.bookingHorizonDays}
            onChange={(e) => set('bookingHorizonDays', e.target.value)}
            error={message('bookingHorizonDays')}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={RELEASE_AFTER_MIN_MINUTES}
            max={RELEASE_AFTER_MAX_MINUTES}
            label={t('spaceAdmin.settings.releaseAfterMinutes')}
            hint={t('spaceAdmin.settings.releaseHint')}
            value={values.releaseAfterMinutes}
            onChange={(e) => set('releaseAfterMinutes', e.target.value)}
            error={message('releaseAfterMinutes')}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={values.checkInRequired}
            onChange={(e) => set('checkInRequired', e.target.checked)}
          />
          <span>
            {t('spaceAdmin.settings.checkInRequired')}
            <span className="hint"> – {t('spaceAdmin.settings.checkInHint')}</span>
          </span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={values.coworkersMayBookRooms}
            onChange={(e) => set('coworkersMayBookRooms', e.target.checked)}
          />
          <span>
            {t('spaceAdmin.settings.coworkersMayBookRooms')}
            <span className="hint"> – {t('spaceAdmin.settings.coworkersMayBookRoomsHint')}</span>
          </span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('spaceAdmin.fairUse.legend')}</legend>
        <p className={`hint ${styles.legendHint}`}>{t('spaceAdmin.fairUse.hint')}</p>
        <div className={styles.grid2}>
          <TextField
            type="number"
            inputMode="numeric"
            min={MIN_BOOKING_MINUTES_MIN}
            max={MIN_BOOKING_MINUTES_MAX}
            label={t('spaceAdmin.settings.minBookingMinutes')}
            hint={t('spaceAdmin.fairUse.minHint')}
            value={values.minBookingMinutes}
            onChange={(e) => set('minBookingMinutes', e.target.value)}
            error={message('minBookingMinutes')}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={MAX_FUTURE_BOOKINGS_MIN}
            max={MAX_FUTURE_BOOKINGS_MAX}
            label={t('spaceAdmin.settings.maxFutureBookingsPerPerson')}
            hint={t('spaceAdmin.fairUse.maxHint')}
            value={values.maxFutureBookingsPerPerson}
            onChange={(e) => set('maxFutureBookingsPerPerson', e.target.value)}
            error={message('maxFutureBookingsPerPerson')}
          />
        </div>
      </fieldset>
    </>
  );
}
