import { useTranslation } from 'react-i18next';
import { DeskFeatureBadges } from '../../../lib/desk-features';
import { wallTime } from '../../../lib/dates';
import type { BoardPlace } from '../utils/board-summary';
import { BoardStateIcon } from './board-state-icon';
import styles from './board.module.css';

/** One desk or room: its name, its state in a word and a shape, and until or from when. */
export function BoardPlaceTile({ place, timezone }: { place: BoardPlace; timezone: string }) {
  const { t } = useTranslation();
  const time = (instant: string) => ({ time: wallTime(instant, timezone) });
  let when: string;
  if (place.state === 'free') when = place.freeUntil ? t('board.freeUntil', time(place.freeUntil)) : '';
  else if (place.state === 'taken')
    when = place.nextFreeAt ? t('board.freeAgainAt', time(place.nextFreeAt)) : t('board.notFreeAgainToday');
  else when = place.nextFreeAt ? t('board.freeFrom', time(place.nextFreeAt)) : t('board.closedForToday');
  return (
    <li className={`${styles.place} ${styles[place.state]}`} data-state={place.state}>
      <h3 className={styles.placeName}>{place.name}</h3>
      <p className={styles.state}>
        <BoardStateIcon state={place.state} />
        <span>{t(`board.state.${place.state}`)}</span>
      </p>
      {when && <p className={styles.when}>{when}</p>}
      <DeskFeatureBadges features={place.features} />
    </li>
  );
}
