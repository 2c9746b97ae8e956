import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { wallTime } from '../../../lib/dates';
import { useNow } from '../../../lib/use-now';
import { useBoard } from '../api/get-board';
import { useFreeCountAnnouncement } from '../hooks/use-free-count-announcement';
import { summarise } from '../utils/board-summary';
import { BoardBookHere } from './board-book-here';
import { BoardEvents } from './board-events';
import { BoardHeader } from './board-header';
import { BoardPlaces } from './board-places';
import styles from './board.module.css';

/**
 * The space's board for a tablet at the entrance (kiosk: no app shell, no links away): how many
 * desks are free now, each place with its state and times, today's events and a QR code to book.
 * It asks again every 30 s; a failed refresh keeps the last answer on screen and says how old it is.
 */
export function BoardPage({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const query = useBoard(spaceId);
  const now = useNow(15_000);
  const board = query.data;
  const summary = board ? summarise(board) : undefined;
  const tz = board?.timezone ?? 'Europe/Berlin';

  let headline = '';
  if (summary?.allClosed) {
    headline = summary.opensAt
      ? t('board.closedNowOpensAt', { time: wallTime(summary.opensAt, tz) })
      : t('board.closedNow');
  } else if (summary && summary.total > 0) {
    headline = t('board.freeNow', { free: summary.free, count: summary.total });
  }
  useFreeCountAnnouncement(summary?.allClosed ? -1 : summary?.free, headline);

  useEffect(() => {
    document.title = board?.spaceName ? `${board.spaceName} – ${t('board.title')}` : t('board.title');
  }, [board?.spaceName, t]);

  if (!board || !summary) {
    return (
      <main id="main" className={styles.board}>
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton lines={6} height="3rem" />
        )}
      </main>
    );
  }
  return (
    <main id="main" className={styles.board}>
      <BoardHeader name={board.spaceName ?? t('board.title')} date={board.date} timezone={tz} />
      <div className={styles.layout}>
        <div className={styles.places}>
          {headline && <p className={styles.headline}>{headline}</p>}
          <BoardPlaces id="board-desks" title={t('board.desks')} places={summary.desks} timezone={tz} />
          <BoardPlaces id="board-rooms" title={t('board.rooms')} places={summary.rooms} timezone={tz} />
        </div>
        <div className={styles.side}>
          <BoardEvents events={board.events} timezone={tz} now={now} />
          <BoardBookHere spaceId={spaceId} bookUrl={board.bookUrl ?? `${window.location.origin}/spaces/${spaceId}`} />
        </div>
      </div>
      <footer className={styles.footer}>
        <p className={query.isError ? styles.stale : undefined}>
          {query.isError && `${t('board.offline')} · `}
          {t('board.updatedAt', { time: wallTime(board.now ?? query.dataUpdatedAt, tz) })}
        </p>
      </footer>
    </main>
  );
}
