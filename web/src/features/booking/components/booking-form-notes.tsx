import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { buttonClass } from '../../../components/ui/button';
import { isoWeekday } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { fairUseMessage } from '../utils/fair-use';
import { parseWeeks, refusedSeries, seriesDates, type SeriesChoice } from '../utils/series';
import { minutesBetween, type Iv } from '../utils/timeline';
import { SeriesFailures } from './series-result';
import styles from './booking.module.css';

interface SummaryProps {
  desk: string;
  range: Iv;
  date: string;
  timezone: string;
  series: SeriesChoice;
  maxWeeks: number;
}

/** What the button will book: desk, day, time and length; for a series, how often until when. */
export function BookingSummaryLine({ desk, range, date, timezone: tz, series, maxWeeks }: SummaryProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const weeks = series.repeat ? parseWeeks(series.weeks, maxWeeks) : null;
  const lastOccurrence = weeks ? seriesDates(date, weeks).at(-1) : undefined;
  return (
    <p className={styles.summary} aria-live="polite">
      {t('booking.summary', {
        desk,
        day: f.dayShort(date),
        range: f.timeRange(range.start, range.end, tz),
        duration: f.duration(minutesBetween(range)),
      })}
      {weeks && lastOccurrence && (
        <>
          <br />
          {t('booking.series.summary', {
            count: weeks,
            weekday: f.weekdayLong(isoWeekday(date)),
            last: f.dayShort(lastOccurrence),
          })}
        </>
      )}
    </p>
  );
}

/** Why the booking failed: a refused series with its weeks, or the problem in words. */
export function BookingFailure({ error, timezone }: { error: unknown; timezone: string }) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const refused = refusedSeries(error);
  if (refused) {
    return (
      <Alert tone="error" title={t('booking.series.refusedTitle')}>
        <p>
          {refused.mode === 'atomic'
            ? t('booking.series.refusedAtomic', { count: refused.failed.length })
            : t('booking.series.refusedPartial')}
        </p>
        <SeriesFailures failed={refused.failed} timezone={timezone} />
      </Alert>
    );
  }
  if (error == null) return null;
  return (
    <Alert tone="error" title={t('booking.failed')}>
      <p>{fairUseMessage(error, t) ?? problem(error)}</p>
    </Alert>
  );
}

/** In place of the button for guests: log in or register, and come back to this day. */
export function LoginToBook() {
  const { t } = useTranslation();
  const location = useLocation();
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <div className={styles.loginHint}>
      <p>{t('booking.loginToBook')}</p>
      <div className="cluster">
        <Link className={buttonClass('primary')} to={`/login?next=${next}`}>
          {t('nav.login')}
        </Link>
        <Link className={buttonClass('secondary')} to={`/register?next=${next}`}>
          {t('nav.register')}
        </Link>
      </div>
    </div>
  );
}
