import { describe, expect, it } from 'vitest';
import type { DeskDoor } from '@popdesk/shared';
import { aBooking, aDesk } from '../../../test/factories';
import { checkUntil, doorOffer, parseWallTime } from './door-offer';

const door = (now: Partial<DeskDoor['now']> = {}, over: Partial<DeskDoor> = {}): DeskDoor => ({
  desk: aDesk(),
  space: { id: 's1', name: 'D', town: 'T', timezone: 'Europe/Berlin', minBookingMinutes: 30, checkInRequired: true },
  now: {
    at: '2031-06-03T06:50:00.000Z',
    date: '2031-06-03',
    state: 'closed',
    freeUntil: null,
    nextFreeAt: '2031-06-03T07:00:00.000Z',
    openUntil: null,
    walkUpUntil: null,
    ...now,
  },
  ...over,
});

describe('what the desk page offers', () => {
  it('checks in an own booking first, even a few minutes before the space opens', () => {
    const mine = aBooking();
    expect(doorOffer(door({}, { myBooking: mine }), true)).toEqual({ kind: 'check-in', booking: mine });
    expect(doorOffer(door({}, { myBooking: { ...mine, status: 'checked_in' } }), true).kind).toBe('checked-in');
  });

  it('offers a walk-up to the signed-in only, ending where the server would end it', () => {
    const free = door({
      state: 'free',
      freeUntil: '2031-06-03T16:00:00.000Z',
      walkUpUntil: '2031-06-03T15:00:00.000Z',
    });
    expect(doorOffer(free, true)).toEqual({ kind: 'walk-up', until: '2031-06-03T15:00:00.000Z' });
    expect(doorOffer(free, false)).toEqual({ kind: 'sign-in' });
  });

  it('never offers walking up to a room', () => {
    expect(doorOffer(door({ state: 'free' }, { desk: aDesk({ kind: 'room', seats: 6 }) }), true)).toEqual({
      kind: 'room',
    });
  });

  it('reads only whole times and checks the chosen end', () => {
    expect(parseWallTime('16:30')).toBe('16:30');
    expect(parseWallTime('24:00')).toBeNull();
    expect(parseWallTime('9:5')).toBeNull();
    const now = new Date('2031-06-03T07:00:00Z');
    const latest = new Date('2031-06-03T16:00:00Z');
    expect(checkUntil(null, now, latest)).toBe('missing');
    expect(checkUntil(now, now, latest)).toBe('not-after-now');
    expect(checkUntil(new Date('2031-06-03T16:05:00Z'), now, latest)).toBe('after-free-time');
    expect(checkUntil(latest, now, latest)).toBeNull();
  });
});
