import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpeningHour } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useAnnounce } from '../../../components/ui/live-region';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { useSetOpeningHours } from '../api/set-opening-hours';
import {
  WEEKDAYS,
  copyDay,
  fromDraft,
  nextInterval,
  sameHours,
  timeOptions,
  toDraft,
  validateDraft,
  type DraftInterval,
  type HoursDraft,
  type IntervalProblem,
  type IsoWeekday,
} from '../utils/opening-hours-draft';
import styles from './space-admin.module.css';

interface Props {
  spaceId: string;
  timezone: string;
  hours: OpeningHour[];
  onSaved?: (hours: OpeningHour[]) => void;
}

const TIMES = timeOptions();
const WORKDAYS: IsoWeekday[] = [2, 3, 4, 5];

/**
 * The week's opening hours, several intervals a day (a lunch break is two intervals). Overlaps and
 * intervals that close before they open are shown next to the interval as soon as they occur, and
 * the week is only sent when there are none.
 */
export function OpeningHoursEditor({ spaceId, timezone, hours, onSaved }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [draft, setDraft] = useState<HoursDraft>(() => toDraft(hours));
  const [tried, setTried] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const problems = useMemo(() => validateDraft(draft), [draft]);
  const dirty = !sameHours(draft, hours);

  const save = useSetOpeningHours(spaceId, {
    onSuccess: (saved) => {
      setDraft(toDraft(saved));
      setTried(false);
      announce(t('spaceAdmin.hours.saved'));
      onSaved?.(saved);
    },
  });

  const update = (day: IsoWeekday, intervals: DraftInterval[]) => {
    save.reset();
    setDraft((d) => ({ ...d, [day]: intervals }));
  };
  const change = (day: IsoWeekday, key: string, field: 'opens' | 'closes', value: string) =>
    update(day, draft[day].map((iv) => (iv.key === key ? { ...iv, [field]: value } : iv)));

  const problemText = (p: IntervalProblem) =>
    p.kind === 'order' ? t('spaceAdmin.hours.orderError') : t('spaceAdmin.hours.overlapError', { range: `${p.with.opens}–${p.with.closes}` });

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (problems.size > 0) {
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    save.mutate(fromDraft(draft));
  }

  const problemList = WEEKDAYS.flatMap((day) =>
    draft[day].flatMap((iv, i) => {
      const p = problems.get(iv.key);
      return p ? [{ day, iv, index: i, text: problemText(p) }] : [];
    }),
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="hours-heading" className={`card ${styles.section}`}>
      <h2 id="hours-heading">{t('spaceAdmin.hours.heading')}</h2>
      <p className="muted">{t('spaceAdmin.hours.intro', { timezone })}</p>

      {tried && problemList.length > 0 && (
        <div ref={summary} tabIndex={-1}>
          <Alert tone="error" title={t('spaceAdmin.hours.fixFirst')}>
            <ul>
              {problemList.map(({ day, iv, index, text }) => (
                <li key={iv.key}>
                  <a href={`#${iv.key}-opens`}>
                    {t('spaceAdmin.hours.intervalName', { day: f.weekdayLong(day), n: index + 1 })}
                  </a>
                  : {text}
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
        {WEEKDAYS.map((day) => {
          const intervals = draft[day];
          const dayName = f.weekdayLong(day);
          return (
            <li key={day} className={styles.weekday}>
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
                        return (
                          <li key={iv.key} className={p ? styles.intervalInvalid : undefined}>
                            <div className={styles.interval}>
                              <TimeSelect id={`${iv.key}-opens`} prefix={name} label={t('spaceAdmin.hours.opens')} value={iv.opens} invalid={!!p} errorId={errorId} onChange={(v) => change(day, iv.key, 'opens', v)} />
                              <TimeSelect id={`${iv.key}-closes`} prefix={name} label={t('spaceAdmin.hours.closes')} value={iv.closes} invalid={!!p} errorId={errorId} onChange={(v) => change(day, iv.key, 'closes', v)} />
                              <Button
                                variant="ghost"
                                size="small"
                                className={styles.removeBtn}
                                aria-label={t('spaceAdmin.hours.removeNamed', { name, range: `${iv.opens}–${iv.closes}` })}
                                onClick={() => update(day, intervals.filter((x) => x.key !== iv.key))}
                              >
                                {t('spaceAdmin.hours.remove')}
                              </Button>
                            </div>
                            {p && (
                              <p id={errorId} className={styles.fieldError}>
                                {problemText(p)}
                              </p>
                            )}
                          </li>
                        );
                      })}
                    </ol>
                  )}
                  <Button variant="secondary" size="small" aria-label={t('spaceAdmin.hours.addNamed', { day: dayName })} onClick={() => update(day, [...intervals, nextInterval(intervals)])}>
                    <span aria-hidden>+</span> {t('spaceAdmin.hours.add')}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>

      <div className={styles.formActions}>
        <Button type="submit" busy={save.isPending} disabled={!dirty && !save.isPending}>
          {t('spaceAdmin.hours.save')}
        </Button>
        <Button variant="secondary" onClick={() => setDraft(copyDay(draft, 1, WORKDAYS))}>
          {t('spaceAdmin.hours.copyMonday')}
        </Button>
        {dirty && (
          <Button
            variant="ghost"
            onClick={() => {
              setDraft(toDraft(hours));
              setTried(false);
              save.reset();
            }}
          >
            {t('spaceAdmin.hours.discard')}
          </Button>
        )}
        {dirty && <span className={styles.unsaved}>{t('spaceAdmin.hours.unsaved')}</span>}
      </div>
    </form>
  );
}

function TimeSelect({ id, prefix, label, value, invalid, errorId, onChange }: { id: string; prefix: string; label: string; value: string; invalid: boolean; errorId: string; onChange: (v: string) => void }) {
  return (
    <div className={styles.timeField}>
      <label htmlFor={id}>
        <span className="visually-hidden">{prefix}: </span>
        {label}
      </label>
      {/* a list rather than <input type=time>: the same 24-hour format in every browser, and 24:00 */}
      <select id={id} value={value} aria-invalid={invalid || undefined} aria-describedby={invalid ? errorId : undefined} onChange={(e) => onChange(e.target.value)}>
        {!TIMES.includes(value) && <option value={value}>{value}</option>}
        {TIMES.map((time) => (
          <option key={time} value={time}>
            {time}
          </option>
        ))}
      </select>
    </div>
  );
}
