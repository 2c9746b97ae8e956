/**
 * The walk-in form's draft: who (a guest by name, or a registered person), the time picked (else
 * the default range), the desk, the errors of the last submit and the message of the last booking.
 */
import type { Availability, UserContact } from '@popdesk/shared';
import { intervalAt } from '../utils/day';

export type Who = 'guest' | 'user';
export interface Range {
  start: number;
  end: number;
}
/** Error messages by field. */
export type WalkInErrors = { who?: string; desk?: string; range?: string };
/** What `walkInProblems` finds, as i18n keys by field. */
export type WalkInProblems = {
  who?: 'frontDesk.walkIn.nameRequired' | 'frontDesk.walkIn.userRequired';
  desk?: 'frontDesk.walkIn.deskRequired';
  range?: 'problems.end-before-start';
};

export interface WalkInDraft {
  who: Who;
  guestName: string;
  user: UserContact | null;
  /** null: the default range (from now, or the day's first opening). */
  picked: Range | null;
  deskId: string;
  errors: WalkInErrors;
  /** What the last booking recorded, in words. */
  done: string | null;
}

export type WalkInAction =
  | { type: 'who'; who: Who }
  | { type: 'guestName'; guestName: string }
  | { type: 'user'; user: UserContact | null }
  | { type: 'picked'; picked: Range }
  /** a free desk tapped on the day timeline: that desk and time */
  | { type: 'prefill'; deskId: string; picked: Range }
  | { type: 'desk'; deskId: string }
  | { type: 'checked'; errors: WalkInErrors }
  | { type: 'booked'; message: string };

export const emptyWalkIn: WalkInDraft = {
  who: 'guest',
  guestName: '',
  user: null,
  picked: null,
  deskId: '',
  errors: {},
  done: null,
};

export function walkInReducer(draft: WalkInDraft, action: WalkInAction): WalkInDraft {
  switch (action.type) {
    case 'who':
      return { ...draft, who: action.who };
    case 'guestName':
      return { ...draft, guestName: action.guestName };
    case 'user':
      return { ...draft, user: action.user };
    case 'picked':
      return { ...draft, picked: action.picked };
    case 'desk':
      return { ...draft, deskId: action.deskId };
    case 'prefill':
      return { ...draft, deskId: action.deskId, picked: action.picked, errors: {}, done: null };
    case 'checked':
      // a new submit: the last booking's message goes
      return { ...draft, errors: action.errors, done: null };
    case 'booked':
      // the time stays for the next person; who and the desk are asked again
      return { ...draft, done: action.message, guestName: '', user: null, deskId: '' };
  }
}

/** What keeps the draft from being sent, as i18n keys by field. */
export function walkInProblems(draft: WalkInDraft, range: Range): WalkInProblems {
  const found: WalkInProblems = {};
  if (draft.who === 'guest' && !draft.guestName.trim()) found.who = 'frontDesk.walkIn.nameRequired';
  if (draft.who === 'user' && !draft.user) found.who = 'frontDesk.walkIn.userRequired';
  if (!(range.end > range.start)) found.range = 'problems.end-before-start';
  if (!draft.deskId) found.desk = 'frontDesk.walkIn.deskRequired';
  return found;
}

/** A new start: the end stays if it still lies after it in the same opening, else that opening's end. */
export function rangeFromStart(open: Availability['open'], range: Range, start: number): Range {
  const iv = intervalAt(open, start);
  const end = iv && range.end > start && range.end <= Date.parse(iv.end) ? range.end : iv ? Date.parse(iv.end) : start;
  return { start, end };
}
