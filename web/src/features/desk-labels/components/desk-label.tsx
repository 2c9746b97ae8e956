import { useTranslation } from 'react-i18next';
import type { Desk } from '@popdesk/shared';
import { deskShortUrl, printableUrl } from '../utils/label-sheets';
import styles from './desk-labels.module.css';

/** One label to stick on a desk: its name, the space, the QR code and the address to type instead. */
export function DeskLabel({ desk, spaceName, origin }: { desk: Desk; spaceName: string; origin: string }) {
  const { t } = useTranslation();
  const url = deskShortUrl(origin, desk.id);
  return (
    <li className={styles.label}>
      <p className={styles.deskName}>{desk.name}</p>
      <p className={styles.spaceName}>{spaceName}</p>
      <img
        className={styles.qr}
        src={`/api/desks/${encodeURIComponent(desk.id)}/qr.svg`}
        alt={t('deskLabels.qrAlt', { desk: desk.name })}
        width={150}
        height={150}
      />
      <p className={styles.call}>{t('deskLabels.scan')}</p>
      <p className={styles.url}>{printableUrl(url)}</p>
    </li>
  );
}
