import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import type { DayPlanner } from '../hooks/use-day-planner';
import styles from './booking.module.css';

/** Which desk: every desk as a radio, those taken for the chosen range disabled and saying so. */
export function DeskFieldset({ planner, availability }: { planner: DayPlanner; availability: Availability }) {
  const { t } = useTranslation();
  const { deskId, range } = planner.selection;
  return (
    <fieldset>
      <legend>{t('booking.whichDesk')}</legend>
      <ul className={styles.deskOptions}>
        {availability.desks.map((d) => {
          const free = !!range && planner.deskFreeFor(d.deskId, range);
          return (
            <li key={d.deskId}>
              <label className={`check ${styles.deskOption} ${range && !free ? styles.deskTaken : ''}`}>
                <input
                  type="radio"
                  name="desk"
                  value={d.deskId}
                  checked={deskId === d.deskId}
                  disabled={!!range && !free}
                  onChange={() => planner.chooseDesk(d.deskId)}
                />
                <span>
                  <strong>{d.name}</strong>{' '}
                  <span className={styles.deskState}>
                    {!range ? '' : free ? t('booking.deskFree') : t('booking.deskTaken')}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
