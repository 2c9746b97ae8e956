import { useTranslation } from 'react-i18next';
import { wallTime } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import { useNow } from '../../../lib/use-now';
import styles from './board.module.css';

/** The space's name, today's date and a clock, in the space's zone. */
export function BoardHeader({ name, date, timezone }: { name: string; date: string; timezone: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  // the clock shows minutes: asking every 5 s keeps it at most 5 s late
  const now = useNow(5_000);
  return (
    <header className={styles.top}>
      <div>
        <h1 className={styles.title}>{name}</h1>
        <p className={styles.date}>{format.dayLong(date)}</p>
      </div>
      <p className={styles.clock}>
        <span className="visually-hidden">{t('board.clock')} </span>
        <time dateTime={now.toISOString()}>{wallTime(now, timezone)}</time>
      </p>
    </header>
  );
}
