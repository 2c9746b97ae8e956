import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, SeriesResult, SpaceDetail, WaitlistEntry } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useAnnounce } from '../../../components/ui/live-region';
import { addDays, todayIn, zonedInstant } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import { useNow } from '../../../lib/use-now';
import { uuid } from '../../../lib/uuid';
import { useAvailability } from '../api/get-availability';
import { useCreateBooking } from '../api/create-booking';
import { useCreateSeries } from '../api/create-series';
import { defaultSeriesChoice, parseWeeks, seriesLimit, seriesTimes, type SeriesChoice } from '../utils/series';
import { bookable, containsRange, quickChoices, toIv, type Iv, type QuickChoice } from '../utils/timeline';
import { BookingConfirmation } from './booking-confirmation';
import { BookingForm } from './booking-form';
import { DateNav } from './date-nav';
import { DeskTimeline } from './desk-timeline';
import { SeriesResultView } from './series-result';
import { WaitlistOffer } from './waitlist-offer';
import styles from './booking.module.css';

export type PlannerSpace = Pick<SpaceDetail, 'id' | 'name' | 'town' | 'address' | 'timezone' | 'bookingHorizonDays' | 'checkInRequired' | 'releaseAfterMinutes' | 'opensOn' | 'closesOn'>;

interface Props {
  space: PlannerSpace;
  /** YYYY-MM-DD from the URL, or null for today. */
  date: string | null;
  onDateChange: (date: string) => void;
  onBooked?: (booking: Booking) => void;
  onSeriesBooked?: (result: SeriesResult) => void;
  onWaitlisted?: (entry: WaitlistEntry) => void;
  /** The space's staff and admins may book a weekly series beyond the booking horizon (up to 52 weeks), as the API lets them. */
  seriesBeyondHorizon?: boolean;
}

/** A space's day: pick a date, see every desk's free time, choose a time and a desk, book. */
export function DayPlanner({ space, date: requested, onDateChange, onBooked, onSeriesBooked, onWaitlisted, seriesBeyondHorizon = false }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const nowDate = useNow(30_000);
  const now = nowDate.getTime();
  const tz = space.timezone;
  const today = todayIn(tz, nowDate);
  const lastDate = addDays(today, space.bookingHorizonDays);
  const date = requested ?? today;
  const inRange = date >= today && date <= lastDate;
  const availability = useAvailability(space.id, date, inRange);
  const limit = seriesLimit(date, lastDate, seriesBeyondHorizon);
  const { maxWeeks } = limit;

  const [choice, setChoice] = useState<QuickChoice | 'custom' | null>(null);
  const [deskId, setDeskId] = useState<string | null>(null);
  const [range, setRange] = useState<Iv | null>(null);
  const [booked, setBooked] = useState<Booking | null>(null);
  const [series, setSeries] = useState<SeriesChoice>(() => defaultSeriesChoice(maxWeeks));
  const [seriesBooked, setSeriesBooked] = useState<SeriesResult | null>(null);
  const [weeksError, setWeeksError] = useState<string | null>(null);
  const weeksRef = useRef<HTMLInputElement>(null);
  const attemptKey = useRef<{ sig: string; key: string } | null>(null);
  const formRef = useRef<HTMLDivElement>(null);

  const create = useCreateBooking(space.id, date, {
    onSuccess: (b) => {
      setBooked(b);
      announce(t('booking.confirmedAnnouncement', { desk: b.deskName ?? '', range: f.timeRange(b.start, b.end, tz) }));
      onBooked?.(b);
    },
  });
  const createSeries = useCreateSeries(space.id, {
    onSuccess: (result) => {
      setSeriesBooked(result);
      announce(
        result.failed.length === 0
          ? t('booking.series.bookedAll', { count: result.booked.length })
          : t('booking.series.bookedSome', { count: result.booked.length, total: result.booked.length + result.failed.length }),
      );
      onSeriesBooked?.(result);
    },
  });

  const data = availability.data?.date === date ? availability.data : undefined;
  const open = useMemo(() => data?.open.map(toIv) ?? [], [data]);
  const choices = useMemo(() => quickChoices(open, zonedInstant(date, '12:00', tz).getTime(), now), [open, date, tz, now]);
  const freeOf = (id: string) => bookable(data?.desks.find((d) => d.deskId === id)?.free.map(toIv) ?? [], now);
  const deskFreeFor = (id: string, r: Iv) => containsRange(freeOf(id), r);

  function reset() {
    setChoice(null);
    setDeskId(null);
    setRange(null);
    setBooked(null);
    setSeriesBooked(null);
    setSeries(defaultSeriesChoice(maxWeeks));
    setWeeksError(null);
    create.reset();
    createSeries.reset();
  }

  function resetAttempt() {
    create.reset();
    createSeries.reset();
  }

  function changeDate(d: string) {
    reset();
    onDateChange(d);
  }

  /** Applies a range and keeps the desk if it is free then, else the first desk that is. */
  function applyRange(r: Iv, c: QuickChoice | 'custom') {
    setRange(r);
    setChoice(c);
    resetAttempt();
    if (!data) return;
    const keep = deskId && deskFreeFor(deskId, r) ? deskId : (data.desks.find((d) => deskFreeFor(d.deskId, r))?.deskId ?? null);
    setDeskId(keep);
  }

  function pickSegment(id: string, segment: Iv) {
    const fits = range && deskFreeFor(id, range) && segment.start <= range.end && range.start <= segment.end;
    const r = fits && range ? range : bookable([segment], now)[0];
    if (!r) return;
    setDeskId(id);
    setRange(r);
    setChoice(fits ? choice : 'custom');
    resetAttempt();
    const name = data?.desks.find((d) => d.deskId === id)?.name ?? '';
    announce(t('booking.pickedAnnouncement', { desk: name, range: f.timeRange(r.start, r.end, tz) }));
    formRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'nearest' });
  }

  function submit() {
    if (!deskId || !range) return;
    if (series.repeat) {
      const weeks = parseWeeks(series.weeks, maxWeeks);
      if (weeks === null) {
        setWeeksError(t('booking.series.weeksError', { max: maxWeeks }));
        weeksRef.current?.focus();
        return;
      }
      setWeeksError(null);
      createSeries.mutate({ deskId, firstDate: date, ...seriesTimes(range, date, tz), weeks, mode: series.mode });
      return;
    }
    const body = { deskId, start: new Date(range.start).toISOString(), end: new Date(range.end).toISOString() };
    const sig = JSON.stringify(body);
    if (attemptKey.current?.sig !== sig) attemptKey.current = { sig, key: uuid() };
    create.mutate({ body, idempotencyKey: attemptKey.current.key });
  }

  const place = { spaceName: space.name, address: space.address, town: space.town, timezone: tz, checkInRequired: space.checkInRequired, releaseAfterMinutes: space.releaseAfterMinutes };
  const anyBookable = !!data && data.desks.some((d) => freeOf(d.deskId).length > 0);
  const timeLeft = open.some((o) => o.end > now);

  let body: React.ReactNode;
  if (!inRange) {
    body = (
      <Alert tone="info" title={date < today ? t('booking.pastDayTitle') : t('booking.beyondHorizonTitle')}>
        <p>{date < today ? t('booking.pastDay') : t('booking.beyondHorizon', { days: space.bookingHorizonDays, date: f.date(lastDate) })}</p>
        <Button variant="secondary" size="small" onClick={() => changeDate(today)}>
          {t('booking.goToToday')}
        </Button>
      </Alert>
    );
  } else if (availability.isPending || (!data && availability.isFetching)) {
    body = <Skeleton lines={5} height="2.75rem" label={t('booking.loadingDay')} />;
  } else if (availability.isError) {
    body = <ErrorState error={availability.error} onRetry={() => void availability.refetch()} />;
  } else if (!data) {
    body = null;
  } else if (data.open.length === 0) {
    body = (
      <Alert tone="info" title={t('booking.closedTitle')}>
        <p>{t('booking.closed')}</p>
        {date < lastDate && (
          <Button variant="secondary" size="small" onClick={() => changeDate(addDays(date, 1))}>
            {t('booking.nextDay')}
          </Button>
        )}
      </Alert>
    );
  } else if (data.desks.length === 0) {
    body = <Alert tone="info" title={t('booking.noDesksTitle')}><p>{t('booking.noDesks')}</p></Alert>;
  } else {
    body = (
      <div className={styles.layout}>
        <DeskTimeline availability={data} now={now} selection={{ deskId, range }} onPick={pickSegment} />
        <div ref={formRef} className={styles.side}>
          {booked ? (
            <BookingConfirmation booking={booked} place={place} onAnother={reset} />
          ) : seriesBooked ? (
            <SeriesResultView result={seriesBooked} timezone={tz} onAnother={reset} />
          ) : !timeLeft ? (
            <Alert tone="info" title={t('booking.dayOverTitle')}>
              <p>{t('booking.dayOver')}</p>
              {date < lastDate && (
                <Button variant="secondary" size="small" onClick={() => changeDate(addDays(date, 1))}>
                  {t('booking.nextDay')}
                </Button>
              )}
            </Alert>
          ) : !anyBookable ? (
            <WaitlistOffer spaceId={space.id} date={date} timezone={tz} title={t('waitlist.fullTitle')} onJoined={onWaitlisted} />
          ) : (
            <BookingForm
              availability={data}
              now={now}
              choices={choices}
              choice={choice}
              deskId={deskId}
              range={range}
              onChoice={(c) => choices[c] && applyRange(choices[c], c)}
              onRange={(r) => applyRange(r, 'custom')}
              onDesk={(id) => {
                setDeskId(id);
                resetAttempt();
              }}
              onSubmit={submit}
              submitting={create.isPending || createSeries.isPending}
              error={create.error ?? createSeries.error}
              series={series}
              onSeries={(next) => {
                setSeries(next);
                setWeeksError(null);
                createSeries.reset();
              }}
              seriesLimit={limit}
              weeksError={weeksError}
              weeksRef={weeksRef}
              waitlist={<WaitlistOffer spaceId={space.id} date={date} timezone={tz} range={range} title={t('waitlist.rangeFullTitle')} onJoined={onWaitlisted} />}
            />
          )}
        </div>
      </div>
    );
  }

  return (
    <section aria-labelledby="day-heading" className={styles.planner}>
      <DateNav date={date} today={today} lastDate={lastDate} onChange={changeDate} headingId="day-heading" />
      {body}
    </section>
  );
}
