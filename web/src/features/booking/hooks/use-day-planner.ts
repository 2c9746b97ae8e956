import { useMemo, useReducer, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, DeskFeature, SeriesResult, SpaceDetail } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { addDays, todayIn, zonedInstant } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import { useNow } from '../../../lib/use-now';
import { uuid } from '../../../lib/uuid';
import { useAvailability } from '../api/get-availability';
import { useCreateBooking } from '../api/create-booking';
import { useCreateSeries } from '../api/create-series';
import { parseWeeks, seriesLimit, seriesTimes, type SeriesChoice } from '../utils/series';
import { bookable, containsRange, quickChoices, toIv, type Iv, type QuickChoice } from '../utils/timeline';
import { isRoom, splitPlaces } from '../utils/places';
import { deskForRange, initialPlannerState, pickedSelection, plannerReducer } from './planner-state';

export type PlannerSpace = Pick<
  SpaceDetail,
  | 'id'
  | 'name'
  | 'town'
  | 'address'
  | 'timezone'
  | 'bookingHorizonDays'
  | 'checkInRequired'
  | 'releaseAfterMinutes'
  | 'minBookingMinutes'
  | 'maxFutureBookingsPerPerson'
  | 'opensOn'
  | 'closesOn'
>;

export interface DayPlannerOptions {
  space: PlannerSpace;
  /** YYYY-MM-DD from the URL, or null for today. */
  date: string | null;
  onDateChange: (date: string) => void;
  onBooked?: (booking: Booking) => void;
  onSeriesBooked?: (result: SeriesResult) => void;
  /** The space's staff and admins may book a weekly series beyond the booking horizon (up to 52 weeks). */
  seriesBeyondHorizon?: boolean;
  /** Rooms and tables can be chosen (the space lets coworkers book them, or the viewer runs it); else they are shown only. */
  roomsBookable?: boolean;
  /** Desk features every listed desk must have (from the URL); with `onFeaturesChange` the filter is shown. */
  features?: DeskFeature[];
  onFeaturesChange?: (features: DeskFeature[]) => void;
}

/** Elements the planner moves to: the side (scrolled into view on a pick) and the weeks field (focused when wrong). */
export interface PlannerRefs {
  formRef: RefObject<HTMLDivElement | null>;
  weeksRef: RefObject<HTMLInputElement | null>;
}

export type DayPlanner = ReturnType<typeof useDayPlanner>;

const NO_FEATURES: DeskFeature[] = [];

/** A space's day: the date in force, its free time, the choice of time and desk, and booking it. */
export function useDayPlanner(
  {
    space,
    date: requested,
    onDateChange,
    onBooked,
    onSeriesBooked,
    seriesBeyondHorizon = false,
    roomsBookable = false,
    features = NO_FEATURES,
    onFeaturesChange,
  }: DayPlannerOptions,
  { formRef, weeksRef }: PlannerRefs,
) {
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
  const availability = useAvailability(space.id, date, inRange, features);
  const limit = seriesLimit(date, lastDate, seriesBeyondHorizon);
  const [state, dispatch] = useReducer(plannerReducer, limit.maxWeeks, initialPlannerState);
  const { selection } = state;
  const attemptKey = useRef<{ sig: string; key: string } | null>(null);

  const create = useCreateBooking(space.id, date, {
    onSuccess: (b) => {
      dispatch({ type: 'booked', booking: b });
      announce(t('booking.confirmedAnnouncement', { desk: b.deskName ?? '', range: f.timeRange(b.start, b.end, tz) }));
      onBooked?.(b);
    },
  });
  const createSeries = useCreateSeries(space.id, {
    onSuccess: (result) => {
      dispatch({ type: 'seriesBooked', result });
      const count = result.booked.length;
      announce(
        result.failed.length === 0
          ? t('booking.series.bookedAll', { count })
          : t('booking.series.bookedSome', { count, total: count + result.failed.length }),
      );
      onSeriesBooked?.(result);
    },
  });

  const data = availability.data?.date === date ? availability.data : undefined;
  const open = useMemo(() => data?.open.map(toIv) ?? [], [data]);
  const choices = useMemo(
    () => quickChoices(open, zonedInstant(date, '12:00', tz).getTime(), now),
    [open, date, tz, now],
  );
  // a room the viewer may not book has no free time for them
  const teamOnly = (id: string) => !roomsBookable && isRoom(data?.desks.find((d) => d.deskId === id) ?? {});
  const freeOf = (id: string) =>
    teamOnly(id) ? [] : bookable(data?.desks.find((d) => d.deskId === id)?.free.map(toIv) ?? [], now);
  const deskFreeFor = (id: string, r: Iv) => containsRange(freeOf(id), r);

  function resetAttempt() {
    create.reset();
    createSeries.reset();
  }

  function reset() {
    dispatch({ type: 'reset', maxWeeks: limit.maxWeeks });
    resetAttempt();
  }

  function changeDate(d: string) {
    reset();
    onDateChange(d);
  }

  /** A new filter: the chosen desk may be filtered out, so the choice starts again. */
  function changeFeatures(next: DeskFeature[]) {
    reset();
    onFeaturesChange?.(next);
  }

  /** Applies a range and keeps the desk if it is free then, else the first desk that is. */
  function applyRange(range: Iv, choice: QuickChoice | 'custom') {
    resetAttempt();
    if (!data) return dispatch({ type: 'select', selection: { range, choice } });
    // desks are offered before rooms
    const { desks, rooms } = splitPlaces(data.desks);
    const deskIds = [...desks, ...rooms].map((d) => d.deskId);
    const deskId = deskForRange(selection.deskId, deskIds, (id) => deskFreeFor(id, range));
    dispatch({ type: 'select', selection: { range, choice, deskId } });
  }

  function pickSegment(id: string, segment: Iv) {
    const next = pickedSelection(selection, id, segment, now, (r) => deskFreeFor(id, r));
    if (!next?.range) return;
    dispatch({ type: 'select', selection: next });
    resetAttempt();
    const name = data?.desks.find((d) => d.deskId === id)?.name ?? '';
    announce(t('booking.pickedAnnouncement', { desk: name, range: f.timeRange(next.range.start, next.range.end, tz) }));
    formRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'nearest' });
  }

  function submit() {
    const { deskId, range } = selection;
    if (!deskId || !range || state.kind !== 'choosing') return;
    const { series } = state;
    if (series.repeat) {
      const weeks = parseWeeks(series.weeks, limit.maxWeeks);
      if (weeks === null) {
        dispatch({ type: 'weeksError', error: t('booking.series.weeksError', { max: limit.maxWeeks }) });
        weeksRef.current?.focus();
        return;
      }
      dispatch({ type: 'weeksError', error: null });
      createSeries.mutate({ deskId, firstDate: date, ...seriesTimes(range, date, tz), weeks, mode: series.mode });
      return;
    }
    const body = { deskId, start: new Date(range.start).toISOString(), end: new Date(range.end).toISOString() };
    const sig = JSON.stringify(body);
    if (attemptKey.current?.sig !== sig) attemptKey.current = { sig, key: uuid() };
    create.mutate({ body, idempotencyKey: attemptKey.current.key });
  }

  return {
    space,
    tz,
    now,
    today,
    lastDate,
    date,
    inRange,
    limit,
    availability,
    /** The day's availability once it is the date in force. */
    data,
    choices,
    state,
    selection,
    anyBookable: !!data && data.desks.some((d) => freeOf(d.deskId).length > 0),
    timeLeft: open.some((o) => o.end > now),
    deskFreeFor,
    roomsBookable,
    teamOnly,
    submitting: create.isPending || createSeries.isPending,
    error: create.error ?? createSeries.error,
    reset,
    changeDate,
    features,
    changeFeatures: onFeaturesChange ? changeFeatures : undefined,
    chooseQuick: (c: QuickChoice) => {
      const iv = choices[c];
      if (iv) applyRange(iv, c);
    },
    chooseRange: (r: Iv) => applyRange(r, 'custom'),
    chooseDesk: (deskId: string) => {
      dispatch({ type: 'select', selection: { deskId } });
      resetAttempt();
    },
    changeSeries: (series: SeriesChoice) => {
      dispatch({ type: 'series', series });
      createSeries.reset();
    },
    pickSegment,
    submit,
  };
}
