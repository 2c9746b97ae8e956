import { useTranslation } from 'react-i18next';
import type { Desk, SpaceDetail } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/field';
import { suggestedCapacity, type EventFormValues } from '../utils/event-form';
import styles from './event-admin.module.css';

interface Props {
  space: SpaceDetail;
  values: EventFormValues;
  set: <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => void;
  error: string | null;
}

const inUse = (d: Desk, date: string) =>
  (!d.activeFrom || d.activeFrom <= date) && (!d.activeUntil || d.activeUntil >= date);

/**
 * The desks and rooms the event takes for its time (nobody can book them then). Rooms show their
 * seats; choosing a room suggests its seats as the number of places.
 */
export function EventPlacesField({ space, values, set, error }: Props) {
  const { t } = useTranslation();
  const shown = space.desks.filter((d) => inUse(d, values.date) || values.deskIds.includes(d.id));
  const rooms = shown.filter((d) => d.kind === 'room');
  const desks = shown.filter((d) => d.kind !== 'room');
  const suggestion = suggestedCapacity(values.deskIds, space.desks);

  const toggle = (id: string, on: boolean) => {
    const next = on ? [...values.deskIds, id] : values.deskIds.filter((x) => x !== id);
    set('deskIds', next);
    // an empty number of places takes the chosen rooms' seats at once; a typed one is only offered the change
    const seats = suggestedCapacity(next, space.desks);
    if (on && seats !== null && values.capacity.trim() === '') set('capacity', String(seats));
  };
  const box = (d: Desk) => (
    <li key={d.id}>
      <CheckboxField
        checked={values.deskIds.includes(d.id)}
        onChange={(e) => toggle(d.id, e.target.checked)}
        aria-describedby={error ? 'event-places-error' : undefined}
        label={
          d.kind === 'room' && d.seats != null ? (
            <span>
              {d.name} <span className="hint">({t('eventAdmin.places.seats', { count: d.seats })})</span>
            </span>
          ) : (
            d.name
          )
        }
      />
    </li>
  );

  return (
    <fieldset aria-invalid={error ? true : undefined}>
      <legend>{t('eventAdmin.places.legend')}</legend>
      <p className={`hint ${styles.legendHint}`}>{t('eventAdmin.places.hint')}</p>
      {shown.length === 0 && <p>{t('eventAdmin.places.none')}</p>}
      {rooms.length > 0 && (
        <>
          <h3 className={styles.placesHeading}>{t('eventAdmin.places.rooms')}</h3>
          <ul className={styles.places}>{rooms.map(box)}</ul>
        </>
      )}
      {desks.length > 0 && (
        <>
          <h3 className={styles.placesHeading}>{t('eventAdmin.places.desks')}</h3>
          <ul className={styles.places}>{desks.map(box)}</ul>
        </>
      )}
      {error && (
        <p id="event-places-error" className="error">
          {error}
        </p>
      )}
      {suggestion !== null && String(suggestion) !== values.capacity.trim() && (
        <p className={styles.suggestion}>
          {t('eventAdmin.places.suggestion', { count: suggestion })}{' '}
          <Button variant="secondary" size="small" onClick={() => set('capacity', String(suggestion))}>
            {t('eventAdmin.places.useSuggestion', { count: suggestion })}
          </Button>
        </p>
      )}
    </fieldset>
  );
}
