import { useTranslation } from 'react-i18next';
import { shortUrl } from '../utils/board-summary';
import styles from './board.module.css';

/**
 * The way to book from here: the space's QR code (`/api/spaces/:id/qr.svg`) and its address to
 * type. Text, not a link: the kiosk never navigates away.
 */
export function BoardBookHere({ spaceId, bookUrl }: { spaceId: string; bookUrl: string }) {
  const { t } = useTranslation();
  return (
    <section className={`${styles.panel} ${styles.bookHere}`} aria-labelledby="board-book">
      <h2 id="board-book">{t('board.bookTitle')}</h2>
      <img
        className={styles.qr}
        src={`/api/spaces/${encodeURIComponent(spaceId)}/qr.svg`}
        alt={t('board.qrAlt')}
        width={200}
        height={200}
      />
      <p>
        {t('board.orType')} <span className={styles.url}>{shortUrl(bookUrl)}</span>
      </p>
    </section>
  );
}
