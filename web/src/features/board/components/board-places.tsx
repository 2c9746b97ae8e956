import type { BoardPlace } from '../utils/board-summary';
import { BoardPlaceTile } from './board-place';
import styles from './board.module.css';

/** A titled grid of places (the desks, or the rooms). */
export function BoardPlaces({
  id,
  title,
  places,
  timezone,
}: {
  id: string;
  title: string;
  places: BoardPlace[];
  timezone: string;
}) {
  if (places.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={styles.sectionTitle}>
        {title}
      </h2>
      <ul className={styles.grid}>
        {places.map((p) => (
          <BoardPlaceTile key={p.deskId} place={p} timezone={timezone} />
        ))}
      </ul>
    </section>
  );
}
