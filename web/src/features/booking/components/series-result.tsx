import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesFailure, SeriesResult } from '@popdesk/shared';
import { IconAlert, IconCheck } from '../../../components/ui/icons';
import { localDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import { NextSteps } from './booking-confirmation';
import styles from './booking.module.css';

/** The reasons the server gives per occurrence (problem slugs) that have their own short text. */
const REASONS = [
  'desk-taken',
  'overlapping-booking',
  'closed-day',
  'outside-opening-hours',
  'beyond-horizon',
  'in-the-past',
  'outside-space-life',
  'desk-inactive',
  'booking-too-short',
  'too-many-bookings',
] as const;
type Reason = (typeof REASONS)[number];
const isReason = (r: string): r is Reason => (REASONS as readonly string[]).includes(r);

/** The occurrences that could not be booked, each with its day, time and why, in words. */
export function SeriesFailures({
  failed,
  timezone,
  labelledBy,
}: {
  failed: SeriesFailure[];
  timezone: string;
  labelledBy?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className={styles.seriesList} aria-labelledby={labelledBy}>
      {failed.map((o) => (
        <li key={o.start} className={styles.seriesFailed}>
          <IconAlert size={18} />
          <span>
            <strong>
              {f.dayShort(o.date)}, {f.timeRange(o.start, o.end, timezone)}
            </strong>
            {' – '}
            {isReason(o.reason) ? t(`booking.series.reason.${o.reason}`) : t('booking.series.reason.other')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** What a weekly series booked and, occurrence by occurrence, what it could not book and why. */
export function SeriesResultView({
  result,
  timezone,
  onAnother,
}: {
  result: SeriesResult;
  timezone: string;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const complete = result.failed.length === 0;
  const booked = [...result.booked].sort((a, b) => a.start.localeCompare(b.start));

  return (
    // the heading takes the focus and the day view announces the outcome: the lists are read from here on
    <div className={`card ${complete ? styles.confirmation : styles.seriesPartial}`}>
      <h3 ref={heading} tabIndex={-1} className={complete ? styles.confirmTitle : styles.seriesPartialTitle}>
        {complete ? <IconCheck size={24} /> : <IconAlert size={24} />}
        {complete
          ? t('booking.series.bookedAll', { count: booked.length })
          : t('booking.series.bookedSome', { count: booked.length, total: booked.length + result.failed.length })}
      </h3>
      <h4 id={`${ids}-booked`} className={styles.seriesHeading}>
        {t('booking.series.bookedHeading', { count: booked.length })}
      </h4>
      <ul className={styles.seriesList} aria-labelledby={`${ids}-booked`}>
        {booked.map((b) => (
          <li key={b.id}>
            <IconCheck size={18} />
            <span>
              {f.dayShort(localDate(b.start, timezone))}, {f.timeRange(b.start, b.end, timezone)} · {b.deskName}
            </span>
          </li>
        ))}
      </ul>
      {!complete && (
        <>
          <h4 id={`${ids}-failed`} className={styles.seriesHeading}>
            {t('booking.series.failedHeading', { count: result.failed.length })}
          </h4>
          <SeriesFailures failed={result.failed} timezone={timezone} labelledBy={`${ids}-failed`} />
        </>
      )}
      <NextSteps onAnother={onAnother} />
    </div>
  );
}
