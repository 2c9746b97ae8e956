import { useTranslation } from 'react-i18next';
import type { OpeningHour } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { useOpeningHoursEditor } from '../hooks/use-opening-hours-editor';
import { WEEKDAYS } from '../utils/opening-hours-draft';
import { problemText } from '../utils/opening-hours-editor-state';
import { WeekdayHours } from './weekday-hours';
import styles from './space-admin.module.css';

interface Props {
  spaceId: string;
  timezone: string;
  hours: OpeningHour[];
  onSaved?: (hours: OpeningHour[]) => void;
}

/**
 * The week's opening hours, several intervals a day (a lunch break is two intervals). Overlaps and
 * intervals that close before they open are shown next to the interval as soon as they occur, and
 * the week is only sent when there are none.
 */
export function OpeningHoursEditor({ spaceId, timezone, hours, onSaved }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const problem = useProblemMessage();
  const { draft, problems, shownProblems, dirty, save, summary, submit, change, add, remove, copyMonday, discard } =
    useOpeningHoursEditor({ spaceId, hours, onSaved });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="hours-heading" className={`card ${styles.section}`}>
      <h2 id="hours-heading">{t('spaceAdmin.hours.heading')}</h2>
      <p className="muted">{t('spaceAdmin.hours.intro', { timezone })}</p>

      {shownProblems.length > 0 && (
        <div ref={summary} tabIndex={-1}>
          <Alert tone="error" title={t('spaceAdmin.hours.fixFirst')}>
            <ul>
              {shownProblems.map(({ day, iv, index, problem: p }) => (
                <li key={iv.key}>
                  <a href={`#${iv.key}-opens`}>
                    {t('spaceAdmin.hours.intervalName', { day: f.weekdayLong(day), n: index + 1 })}
                  </a>
                  : {problemText(p, t)}
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      {save.error != null && (
        <Alert tone="error" title={t('spaceAdmin.hours.saveFailed')}>
          <p>{problem(save.error)}</p>
        </Alert>
      )}

      <ul className={styles.week}>
        {WEEKDAYS.map((day) => (
          <WeekdayHours
            key={day}
            day={day}
            intervals={draft[day]}
            problems={problems}
            onChange={(key, field, value) => change(day, key, field, value)}
            onAdd={() => add(day)}
            onRemove={(key) => remove(day, key)}
          />
        ))}
      </ul>

      <div className={styles.formActions}>
        <Button type="submit" busy={save.isPending} disabled={!dirty && !save.isPending}>
          {t('spaceAdmin.hours.save')}
        </Button>
        <Button variant="secondary" onClick={copyMonday}>
          {t('spaceAdmin.hours.copyMonday')}
        </Button>
        {dirty && (
          <Button variant="ghost" onClick={discard}>
            {t('spaceAdmin.hours.discard')}
          </Button>
        )}
        {dirty && <span className={styles.unsaved}>{t('spaceAdmin.hours.unsaved')}</span>}
      </div>
    </form>
  );
}
