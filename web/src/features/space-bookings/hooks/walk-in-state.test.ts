import { describe, expect, it } from 'vitest';
import type { User } from '@popdesk/shared';
import { emptyWalkIn, rangeFromStart, walkInProblems, walkInReducer } from './walk-in-state';

const H = 3_600_000;
const iso = (h: number) => new Date(h * H).toISOString();
// opening hours 8–12 and 13–18 (as instants in hours since the epoch, for short numbers)
const open = [
  { start: iso(8), end: iso(12) },
  { start: iso(13), end: iso(18) },
];
const erika = { id: 'u1', name: 'Erika' } as User;

describe('the walk-in draft', () => {
  it('a booking keeps the time, asks who and the desk again, and says what was recorded', () => {
    let d = walkInReducer(emptyWalkIn, { type: 'guestName', guestName: 'Walter' });
    d = walkInReducer(d, { type: 'picked', picked: { start: 9 * H, end: 10 * H } });
    d = walkInReducer(d, { type: 'desk', deskId: 'd3' });
    d = walkInReducer(d, { type: 'booked', message: 'Walter ist eingetragen' });
    expect(d).toEqual({ ...emptyWalkIn, picked: { start: 9 * H, end: 10 * H }, done: 'Walter ist eingetragen' });
  });

  it('a submit replaces the errors and drops the last message', () => {
    const d = walkInReducer(
      { ...emptyWalkIn, done: 'old', errors: { desk: 'x' } },
      { type: 'checked', errors: { who: 'y' } },
    );
    expect(d).toMatchObject({ done: null, errors: { who: 'y' } });
  });

  it('switching who keeps what was typed for the other', () => {
    let d = walkInReducer(emptyWalkIn, { type: 'guestName', guestName: 'Walter' });
    d = walkInReducer(walkInReducer(d, { type: 'who', who: 'user' }), { type: 'who', who: 'guest' });
    expect(d.guestName).toBe('Walter');
  });

  it('names what is missing: the guest name (blank counts), the person, the desk, a range that ends before it starts', () => {
    const range = { start: 9 * H, end: 10 * H };
    expect(walkInProblems({ ...emptyWalkIn, guestName: '  ' }, range)).toEqual({
      who: 'frontDesk.walkIn.nameRequired',
      desk: 'frontDesk.walkIn.deskRequired',
    });
    expect(walkInProblems({ ...emptyWalkIn, who: 'user', deskId: 'd1' }, { start: 10 * H, end: 10 * H })).toEqual({
      who: 'frontDesk.walkIn.userRequired',
      range: 'problems.end-before-start',
    });
    expect(walkInProblems({ ...emptyWalkIn, who: 'user', user: erika, deskId: 'd1' }, range)).toEqual({});
  });

  it('a new start keeps the end inside the same opening, else takes the opening’s end', () => {
    expect(rangeFromStart(open, { start: 8 * H, end: 11 * H }, 9 * H)).toEqual({ start: 9 * H, end: 11 * H });
    expect(rangeFromStart(open, { start: 8 * H, end: 11 * H }, 14 * H)).toEqual({ start: 14 * H, end: 18 * H });
    expect(rangeFromStart(open, { start: 8 * H, end: 9 * H }, 10 * H)).toEqual({ start: 10 * H, end: 12 * H });
  });
});
