/**
 * The day view's state machine: choosing a time and a desk (with the weekly-series choice), then
 * booked (one booking) or series booked (a result per week). The selection stays through all
 * three, so the timeline keeps showing what was booked; "book another" starts choosing afresh.
 * Whether a request is under way, and its error, live in the mutations.
 */
import type { Booking, SeriesResult } from '@popdesk/shared';
import { defaultSeriesChoice, type SeriesChoice } from '../utils/series';
import { bookable, type Iv, type QuickChoice } from '../utils/timeline';

export type Choice = QuickChoice | 'custom' | null;

export interface Selection {
  /** The quick choice the range came from, or custom. */
  choice: Choice;
  deskId: string | null;
  range: Iv | null;
}

export type ChoosingState = {
  kind: 'choosing';
  selection: Selection;
  series: SeriesChoice;
  /** Shown at the weeks field after a submit with a bad number. */
  weeksError: string | null;
};

export type PlannerState =
  | ChoosingState
  | { kind: 'booked'; selection: Selection; booking: Booking }
  | { kind: 'seriesBooked'; selection: Selection; result: SeriesResult };

export type PlannerAction =
  | { type: 'reset'; maxWeeks: number }
  | { type: 'select'; selection: Partial<Selection> }
  | { type: 'series'; series: SeriesChoice }
  | { type: 'weeksError'; error: string | null }
  | { type: 'booked'; booking: Booking }
  | { type: 'seriesBooked'; result: SeriesResult };

const noSelection: Selection = { choice: null, deskId: null, range: null };

export const initialPlannerState = (maxWeeks: number): PlannerState => ({
  kind: 'choosing',
  selection: noSelection,
  series: defaultSeriesChoice(maxWeeks),
  weeksError: null,
});

export function plannerReducer(state: PlannerState, action: PlannerAction): PlannerState {
  switch (action.type) {
    case 'reset':
      return initialPlannerState(action.maxWeeks);
    case 'select':
      // picking on the timeline works in every state; the confirmation stays until "book another"
      return { ...state, selection: { ...state.selection, ...action.selection } };
    case 'series':
      return state.kind === 'choosing' ? { ...state, series: action.series, weeksError: null } : state;
    case 'weeksError':
      return state.kind === 'choosing' ? { ...state, weeksError: action.error } : state;
    case 'booked':
      return { kind: 'booked', selection: state.selection, booking: action.booking };
    case 'seriesBooked':
      return { kind: 'seriesBooked', selection: state.selection, result: action.result };
  }
}

/** For a new range: the chosen desk if it is free then, else the first desk that is, else none. */
export function deskForRange(current: string | null, deskIds: string[], isFree: (deskId: string) => boolean) {
  return current && isFree(current) ? current : (deskIds.find(isFree) ?? null);
}

/**
 * A free segment picked on the timeline: the chosen range stays when it fits that desk and
 * touches the segment (the quick choice with it), else the segment's bookable part, as custom.
 */
export function pickedSelection(
  selection: Selection,
  deskId: string,
  segment: Iv,
  now: number,
  rangeFree: (r: Iv) => boolean,
): Selection | null {
  const { range } = selection;
  if (range && rangeFree(range) && segment.start <= range.end && range.start <= segment.end) {
    return { deskId, range, choice: selection.choice };
  }
  const r = bookable([segment], now)[0];
  return r ? { deskId, range: r, choice: 'custom' } : null;
}
