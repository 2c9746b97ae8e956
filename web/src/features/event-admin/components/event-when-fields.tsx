import { useTranslation } from 'react-i18next';
import type { SpaceDetail } from '@popdesk/shared';
import { TextField } from '../../../components/ui/field';
import { isoWeekday, isValidDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import type { EventField, EventFormValues } from '../utils/event-form';
import styles from './event-admin.module.css';

interface Props {
  space: SpaceDetail;
  values: EventFormValues;
  set: <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => void;
  message: (field: EventField) => string | null;
}

/** The day and the wall-clock times in the space's zone, with that day's opening hours as a hint. */
export function EventWhenFields({ space, values, set, message }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const hours = isValidDate(values.date) ? space.openingHours.filter((h) => h.weekday === isoWeekday(values.date)) : [];
  const closure = space.closures.find((c) => c.date === values.date);
  const hint = !isValidDate(values.date)
    ? undefined
    : closure && !closure.starts
      ? t('eventAdmin.form.closedThen', { day: f.dayLong(values.date) })
      : hours.length === 0
        ? t('eventAdmin.form.closedWeekday', { day: f.dayLong(values.date) })
        : t('eventAdmin.form.openThen', {
            day: f.dayLong(values.date),
            hours: hours.map((h) => `${h.opens}–${h.closes}`).join(', '),
          });
  return (
    <fieldset>
      <legend>{t('eventAdmin.form.when')}</legend>
      <p className={`hint ${styles.legendHint}`}>{t('eventAdmin.form.whenHint', { timezone: space.timezone })}</p>
      <div className={styles.whenGrid}>
        <TextField
          type="date"
          label={t('eventAdmin.form.date')}
          value={values.date}
          onChange={(e) => set('date', e.target.value)}
          error={message('date')}
          hint={hint}
          required
        />
        <TextField
          type="time"
          label={t('eventAdmin.form.start')}
          value={values.start}
          onChange={(e) => set('start', e.target.value)}
          error={message('start')}
          required
        />
        <TextField
          type="time"
          label={t('eventAdmin.form.end')}
          value={values.end}
          onChange={(e) => set('end', e.target.value)}
          error={message('end')}
          required
        />
      </div>
    </fieldset>
  );
}
