/**
 * The opening-hours editor's state: the working copy of the week, and whether saving was tried
 * (problems are listed above the form only then). Every change goes through `hoursReducer`.
 */
import type { TFunction } from 'i18next';
import type { OpeningHour } from '@popdesk/shared';
import {
  copyDay,
  toDraft,
  type DraftInterval,
  type HoursDraft,
  type IntervalProblem,
  type IsoWeekday,
} from './opening-hours-draft';

export interface HoursEditorState {
  draft: HoursDraft;
  tried: boolean;
}

export type HoursAction =
  | { type: 'change'; day: IsoWeekday; key: string; field: 'opens' | 'closes'; value: string }
  | { type: 'add'; day: IsoWeekday; interval: DraftInterval }
  | { type: 'remove'; day: IsoWeekday; key: string }
  | { type: 'copy'; from: IsoWeekday; to: IsoWeekday[] }
  | { type: 'tried' }
  /** The saved hours, after saving or when the changes are discarded. */
  | { type: 'reset'; hours: OpeningHour[] };

export const initialHoursState = (hours: OpeningHour[]): HoursEditorState => ({ draft: toDraft(hours), tried: false });

export function hoursReducer(state: HoursEditorState, action: HoursAction): HoursEditorState {
  const day = (d: IsoWeekday, intervals: DraftInterval[]) => ({ ...state, draft: { ...state.draft, [d]: intervals } });
  switch (action.type) {
    case 'change':
      return day(
        action.day,
        state.draft[action.day].map((iv) => (iv.key === action.key ? { ...iv, [action.field]: action.value } : iv)),
      );
    case 'add':
      return day(action.day, [...state.draft[action.day], action.interval]);
    case 'remove':
      return day(
        action.day,
        state.draft[action.day].filter((iv) => iv.key !== action.key),
      );
    case 'copy':
      return { ...state, draft: copyDay(state.draft, action.from, action.to) };
    case 'tried':
      return { ...state, tried: true };
    case 'reset':
      return initialHoursState(action.hours);
  }
}

/** What is wrong with an interval, in words. */
export const problemText = (p: IntervalProblem, t: TFunction) =>
  p.kind === 'order'
    ? t('spaceAdmin.hours.orderError')
    : t('spaceAdmin.hours.overlapError', { range: `${p.with.opens}–${p.with.closes}` });
