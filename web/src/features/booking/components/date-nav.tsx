import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { IconChevronLeft, IconChevronRight } from '../../../components/ui/icons';
import { addDays, isValidDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import styles from './booking.module.css';

/** Previous / next day, a date field and "today", bounded by today and the booking horizon. */
export function DateNav({
  date,
  today,
  lastDate,
  onChange,
  headingId,
}: {
  date: string;
  today: string;
  lastDate: string;
  onChange: (d: string) => void;
  headingId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const inputId = useId();
  const days: string[] = [];
  for (let d = today; d <= lastDate && days.length < 400; d = addDays(d, 1)) days.push(d);
  return (
    <div className={styles.dateNav}>
      <h2 id={headingId} className={styles.dayHeading} tabIndex={-1}>
        {f.dayLong(date)}
        {date === today && <span className="badge badge-info">{t('booking.today')}</span>}
      </h2>
      <div className={styles.dateControls}>
        <Button variant="secondary" size="small" onClick={() => onChange(addDays(date, -1))} disabled={date <= today}>
          <IconChevronLeft />
          <span className={styles.hideNarrow}>{t('booking.previousDay')}</span>
        </Button>
        <div className={styles.dateField}>
          <label htmlFor={inputId} className="visually-hidden">
            {t('booking.chooseDate')}
          </label>
          {/* a list of the bookable days rather than <input type=date>, whose format follows the browser, not the page language */}
          <select id={inputId} value={date} onChange={(e) => isValidDate(e.target.value) && onChange(e.target.value)}>
            {!days.includes(date) && <option value={date}>{f.dayShort(date)}</option>}
            {days.map((d) => (
              <option key={d} value={d}>
                {d === today ? `${t('booking.today')}, ${f.dayShort(d)}` : f.dayShort(d)}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" size="small" onClick={() => onChange(addDays(date, 1))} disabled={date >= lastDate}>
          <span className={styles.hideNarrow}>{t('booking.nextDay')}</span>
          <IconChevronRight />
        </Button>
        {date !== today && (
          <Button variant="ghost" size="small" onClick={() => onChange(today)}>
            {t('booking.today')}
          </Button>
        )}
      </div>
    </div>
  );
}
