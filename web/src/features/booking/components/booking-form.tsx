import { useId, type RefObject } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button, buttonClass } from '../../../components/ui/button';
import { useIsLoggedIn } from '../../../lib/auth-token';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { isoWeekday } from '../../../lib/dates';
import { parseWeeks, refusedSeries, seriesDates, type SeriesChoice, type SeriesLimit } from '../utils/series';
import { bookable, containsRange, endOptions, minutesBetween, startOptions, toIv, type Iv, type QuickChoice } from '../utils/timeline';
import { SeriesFailures } from './series-result';
import { SeriesOptions } from './series-options';
import styles from './booking.module.css';

interface Props {
  availability: Availability;
  now: number;
  choices: Partial<Record<QuickChoice, Iv>>;
  choice: QuickChoice | 'custom' | null;
  deskId: string | null;
  range: Iv | null;
  onChoice: (c: QuickChoice) => void;
  onRange: (r: Iv) => void;
  onDesk: (deskId: string) => void;
  onSubmit: () => void;
  submitting: boolean;
  error: unknown;
  waitlist: React.ReactNode;
  /** Repeat weekly: the choice, and how far it may reach. */
  series: SeriesChoice;
  onSeries: (series: SeriesChoice) => void;
  seriesLimit: SeriesLimit;
  weeksError: string | null;
  weeksRef: RefObject<HTMLInputElement | null>;
}

/** Quick choices, a custom range, the desk, and the book button. */
export function BookingForm(props: Props) {
  const { availability, now, choices, choice, deskId, range, onChoice, onRange, onDesk, onSubmit, submitting, error, waitlist } = props;
  const { series, onSeries, seriesLimit, weeksError, weeksRef } = props;
  const { t } = useTranslation();
  const f = useFormat();
  const location = useLocation();
  const loggedIn = useIsLoggedIn();
  const problem = useProblemMessage();
  const fromId = useId();
  const toId = useId();
  const tz = availability.timezone;
  const open = availability.open.map(toIv);
  const starts = startOptions(open, now);
  const ends = range ? endOptions(open, range.start) : [];
  const deskFree = (id: string, r: Iv) => {
    const d = availability.desks.find((x) => x.deskId === id);
    return !!d && containsRange(bookable(d.free.map(toIv), now), r);
  };
  const desk = availability.desks.find((d) => d.deskId === deskId);
  const ready = !!desk && !!range && deskFree(desk.deskId, range);
  const anyFree = !!range && availability.desks.some((d) => deskFree(d.deskId, range));
  const next = `${location.pathname}${location.search}`;
  const weeks = series.repeat ? parseWeeks(series.weeks, seriesLimit.maxWeeks) : null;
  const lastOccurrence = weeks ? seriesDates(availability.date, weeks).at(-1) : undefined;
  const refused = refusedSeries(error);

  return (
    <form
      noValidate
      className={`card ${styles.form}`}
      aria-labelledby="booking-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onSubmit();
      }}
    >
      <h3 id="booking-form-heading">{t('booking.formHeading')}</h3>

      <fieldset>
        <legend>{t('booking.when')}</legend>
        <div className={styles.choices}>
          {(['morning', 'afternoon', 'whole'] as const).map((c) => {
            const iv = choices[c];
            if (!iv) return null;
            return (
              <button key={c} type="button" className={`${styles.choice} ${choice === c ? styles.choiceActive : ''}`} aria-pressed={choice === c} onClick={() => onChoice(c)}>
                <span className={styles.choiceLabel}>{t(`booking.choice.${c}`)}</span>
                <span className={styles.choiceTime}>{f.timeRange(iv.start, iv.end, tz)}</span>
              </button>
            );
          })}
        </div>
        <div className={styles.customRange}>
          <div className="field">
            <label htmlFor={fromId}>{t('booking.from')}</label>
            <select
              id={fromId}
              value={range?.start ?? ''}
              onChange={(e) => {
                const start = Number(e.target.value);
                const options = endOptions(open, start);
                const keep = range && options.includes(range.end) ? range.end : options[Math.min(options.length - 1, 3)];
                if (keep !== undefined) onRange({ start, end: keep });
              }}
            >
              {!range && <option value="">{t('booking.pickTime')}</option>}
              {starts.map((s) => (
                <option key={s} value={s}>
                  {f.time(s, tz)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={toId}>{t('booking.to')}</label>
            <select id={toId} value={range?.end ?? ''} disabled={!range} onChange={(e) => range && onRange({ start: range.start, end: Number(e.target.value) })}>
              {!range && <option value="">{t('booking.pickTime')}</option>}
              {ends.map((s) => (
                <option key={s} value={s}>
                  {f.time(s, tz)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('booking.whichDesk')}</legend>
        <ul className={styles.deskOptions}>
          {availability.desks.map((d) => {
            const free = !!range && deskFree(d.deskId, range);
            return (
              <li key={d.deskId}>
                <label className={`check ${styles.deskOption} ${range && !free ? styles.deskTaken : ''}`}>
                  <input type="radio" name="desk" value={d.deskId} checked={deskId === d.deskId} disabled={!!range && !free} onChange={() => onDesk(d.deskId)} />
                  <span>
                    <strong>{d.name}</strong>{' '}
                    <span className={styles.deskState}>{!range ? '' : free ? t('booking.deskFree') : t('booking.deskTaken')}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      {range && !anyFree && waitlist}

      {loggedIn && (
        <SeriesOptions value={series} onChange={onSeries} limit={seriesLimit} weeksError={weeksError} weeksRef={weeksRef} />
      )}

      {ready && range && desk && (
        <p className={styles.summary} aria-live="polite">
          {t('booking.summary', { desk: desk.name, day: f.dayShort(availability.date), range: f.timeRange(range.start, range.end, tz), duration: f.duration(minutesBetween(range)) })}
          {weeks && lastOccurrence && (
            <>
              <br />
              {t('booking.series.summary', { count: weeks, weekday: f.weekdayLong(isoWeekday(availability.date)), last: f.dayShort(lastOccurrence) })}
            </>
          )}
        </p>
      )}

      {refused ? (
        <Alert tone="error" title={t('booking.series.refusedTitle')}>
          <p>{refused.mode === 'atomic' ? t('booking.series.refusedAtomic', { count: refused.failed.length }) : t('booking.series.refusedPartial')}</p>
          <SeriesFailures failed={refused.failed} timezone={tz} />
        </Alert>
      ) : (
        error != null && (
          <Alert tone="error" title={t('booking.failed')}>
            <p>{problem(error)}</p>
          </Alert>
        )
      )}

      {loggedIn ? (
        <Button type="submit" block disabled={!ready} busy={submitting}>
          {submitting ? t('booking.booking') : series.repeat ? t('booking.series.book') : t('booking.book')}
        </Button>
      ) : (
        <div className={styles.loginHint}>
          <p>{t('booking.loginToBook')}</p>
          <div className="cluster">
            <Link className={buttonClass('primary')} to={`/login?next=${encodeURIComponent(next)}`}>
              {t('nav.login')}
            </Link>
            <Link className={buttonClass('secondary')} to={`/register?next=${encodeURIComponent(next)}`}>
              {t('nav.register')}
            </Link>
          </div>
        </div>
      )}
    </form>
  );
}
