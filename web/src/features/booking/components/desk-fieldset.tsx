import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import type { DayPlanner } from '../hooks/use-day-planner';
import { eventDuring, splitPlaces, type Place } from '../utils/places';
import styles from './booking.module.css';

/**
 * Which desk: every desk as a radio, those taken for the chosen range disabled and saying so (by
 * which event, when one takes it). Rooms and tables follow apart; where the viewer may not book
 * them they are shown as booked by the team.
 */
export function DeskFieldset({ planner, availability }: { planner: DayPlanner; availability: Availability }) {
  const { t } = useTranslation();
  const { desks, rooms } = splitPlaces(availability.desks);
  return (
    <>
      {desks.length > 0 && (
        <fieldset>
          <legend>{t('booking.whichDesk')}</legend>
          <ul className={styles.deskOptions}>
            {desks.map((d) => (
              <PlaceOption key={d.deskId} place={d} planner={planner} />
            ))}
          </ul>
        </fieldset>
      )}
      {rooms.length > 0 && (
        <fieldset>
          <legend>{t('events.picker.rooms')}</legend>
          {!planner.roomsBookable && <p className="muted">{t('events.picker.teamOnlyHint')}</p>}
          <ul className={styles.deskOptions}>
            {rooms.map((d) => (
              <PlaceOption key={d.deskId} place={d} planner={planner} />
            ))}
          </ul>
        </fieldset>
      )}
    </>
  );
}

function PlaceOption({ place: d, planner }: { place: Place; planner: DayPlanner }) {
  const { t } = useTranslation();
  const { deskId, range } = planner.selection;
  const teamOnly = planner.teamOnly(d.deskId);
  const free = !teamOnly && !!range && planner.deskFreeFor(d.deskId, range);
  const event = range && !free ? eventDuring(d, range) : null;
  const state = teamOnly
    ? `– ${t('events.picker.teamOnly')}`
    : !range
      ? ''
      : free
        ? t('booking.deskFree')
        : event
          ? event.title
            ? t('events.picker.takenByEvent', { title: event.title })
            : t('events.picker.takenByEventUnnamed')
          : t('booking.deskTaken');
  return (
    <li>
      <label className={`check ${styles.deskOption} ${teamOnly || (range && !free) ? styles.deskTaken : ''}`}>
        <input
          type="radio"
          name="desk"
          value={d.deskId}
          checked={deskId === d.deskId}
          disabled={teamOnly || (!!range && !free)}
          onChange={() => planner.chooseDesk(d.deskId)}
        />
        <span>
          <strong>{d.name}</strong>
          {d.seats != null && <> ({t('events.picker.roomSeats', { count: d.seats })})</>}{' '}
          <span className={styles.deskState}>{state}</span>
        </span>
      </label>
    </li>
  );
}
