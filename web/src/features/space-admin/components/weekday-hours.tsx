import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/use-format';
import type { DraftInterval, IntervalProblem, IsoWeekday } from '../utils/opening-hours-draft';
import { problemText } from '../utils/opening-hours-editor-state';
import { TimeSelect } from './time-select';
import styles from './space-admin.module.css';

interface Props {
  day: IsoWeekday;
  intervals: DraftInterval[];
  problems: Map<string, IntervalProblem>;
  onChange: (key: string, field: 'opens' | 'closes', value: string) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
}

/** One weekday of the week: its intervals (or "closed"), each with its problem, and adding one. */
export function WeekdayHours({ day, intervals, problems, onChange, onAdd, onRemove }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const dayName = f.weekdayLong(day);
  return (
    <li className={styles.weekday}>
      <fieldset>
        <legend className="visually-hidden">{dayName}</legend>
        <div className={styles.dayGrid}>
          <span className={styles.weekdayName} aria-hidden>
            {dayName}
          </span>
          {intervals.length === 0 ? (
            <p className={`muted ${styles.closedDay}`}>{t('spaceAdmin.hours.closedDay')}</p>
          ) : (
            <ol className={styles.intervals}>
              {intervals.map((iv, i) => {
                const p = problems.get(iv.key);
                const errorId = `${iv.key}-error`;
                const name = t('spaceAdmin.hours.intervalName', { day: dayName, n: i + 1 });
                const time = { prefix: name, invalid: !!p, errorId };
                return (
                  <li key={iv.key} className={p ? styles.intervalInvalid : undefined}>
                    <div className={styles.interval}>
                      <TimeSelect
                        id={`${iv.key}-opens`}
                        label={t('spaceAdmin.hours.opens')}
                        value={iv.opens}
                        {...time}
                        onChange={(v) => onChange(iv.key, 'opens', v)}
                      />
                      <TimeSelect
                        id={`${iv.key}-closes`}
                        label={t('spaceAdmin.hours.closes')}
                        value={iv.closes}
                        {...time}
                        onChange={(v) => onChange(iv.key, 'closes', v)}
                      />
                      <Button
                        variant="ghost"
                        size="small"
                        className={styles.removeBtn}
                        aria-label={t('spaceAdmin.hours.removeNamed', { name, range: `${iv.opens}–${iv.closes}` })}
                        onClick={() => onRemove(iv.key)}
                      >
                        {t('spaceAdmin.hours.remove')}
                      </Button>
                    </div>
                    {p && (
                      <p id={errorId} className={styles.fieldError}>
                        {problemText(p, t)}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          <Button
            variant="secondary"
            size="small"
            aria-label={t('spaceAdmin.hours.addNamed', { day: dayName })}
            onClick={onAdd}
          >
            <span aria-hidden>+</span> {t('spaceAdmin.hours.add')}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
