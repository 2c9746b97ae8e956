import { describe, expect, it } from 'vitest';
import type { Event } from '@popdesk/shared';
import { eventPhase, placesLeft, registrationView, upcoming } from './event-state';

const event = (over: Partial<Event> = {}): Event => ({
  id: 'e1',
  spaceId: 's1',
  title: 'Schnuppertag',
  description: null,
  kind: 'trial_day',
  start: '2031-06-03T07:00:00.000Z',
  end: '2031-06-03T15:00:00.000Z',
  capacity: 6,
  registered: 2,
  waitlisted: 0,
  deskIds: [],
  public: true,
  status: 'scheduled',
  ...over,
});
const before = Date.parse('2031-06-03T06:59:00.000Z');
const during = Date.parse('2031-06-03T07:00:00.000Z');
const after = Date.parse('2031-06-03T15:00:00.000Z');

describe('event state', () => {
  it('is open until the start, running until the end, then over; cancelled wins', () => {
    expect(eventPhase(event(), before)).toBe('open');
    expect(eventPhase(event(), during)).toBe('running');
    expect(eventPhase(event(), after)).toBe('over');
    expect(eventPhase(event({ status: 'cancelled' }), before)).toBe('cancelled');
  });

  it('counts places left, never below zero', () => {
    expect(placesLeft(event())).toBe(4);
    expect(placesLeft(event({ registered: 6 }))).toBe(0);
    expect(placesLeft(event({ registered: 7 }))).toBe(0);
  });

  it('offers registration, the waitlist when full, or login when signed out', () => {
    expect(registrationView(event(), true, before)).toEqual({ kind: 'canRegister', full: false });
    expect(registrationView(event({ registered: 6 }), true, before)).toEqual({ kind: 'canRegister', full: true });
    expect(registrationView(event(), false, before)).toEqual({ kind: 'signedOut', full: false });
  });

  it('shows my registration; a cancelled one lets me register again', () => {
    const mine = { id: 'r1', status: 'waitlisted' as const, position: 2 };
    expect(registrationView(event({ myRegistration: mine }), true, before)).toEqual({ kind: 'waitlisted', mine });
    expect(
      registrationView(event({ myRegistration: { id: 'r1', status: 'cancelled', position: null } }), true, before),
    ).toEqual({ kind: 'canRegister', full: false });
  });

  it('closes registration at the start and keeps the attended state after the end', () => {
    const mine = { id: 'r1', status: 'registered' as const, position: null };
    expect(registrationView(event({ myRegistration: mine }), true, during)).toEqual({ kind: 'closed', mine });
    expect(registrationView(event(), true, after)).toEqual({ kind: 'over' });
    const attended = { id: 'r1', status: 'attended' as const, position: null };
    expect(registrationView(event({ myRegistration: attended }), true, after)).toEqual({
      kind: 'attended',
      mine: attended,
    });
    expect(registrationView(event({ status: 'cancelled', myRegistration: mine }), true, before)).toEqual({
      kind: 'cancelled',
    });
  });

  it('lists upcoming events by start, without cancelled or ended ones', () => {
    const list = [
      event({ id: 'late', start: '2031-06-05T07:00:00.000Z', end: '2031-06-05T09:00:00.000Z' }),
      event({ id: 'early' }),
      event({ id: 'gone', status: 'cancelled' }),
      event({ id: 'past', start: '2031-06-01T07:00:00.000Z', end: '2031-06-01T09:00:00.000Z' }),
    ];
    expect(upcoming(list, before).map((e) => e.id)).toEqual(['early', 'late']);
  });
});
