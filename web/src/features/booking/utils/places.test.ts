import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../../lib/dates';
import { eventDuring, placeSegments, splitPlaces, type Place } from './places';

const tz = 'Europe/Berlin';
// the last Sunday of March 2031: clocks go forward at 02:00, the day is 23 hours long
const date = '2031-03-30';
const at = (time: string) => zonedInstant(date, time, tz).getTime();
const iso = (time: string) => new Date(at(time)).toISOString();
const EARLY = at('00:00') - 86_400_000;

const place = (over: Partial<Place> = {}): Place => ({
  deskId: 'd1',
  name: 'Konferenztisch',
  free: [],
  kind: 'room',
  seats: 10,
  events: [],
  ...over,
});

describe('places on the day view', () => {
  it('keeps desks apart from rooms, each in the server order', () => {
    const split = splitPlaces([
      place({ deskId: 'r1', kind: 'room' }),
      place({ deskId: 'd1', kind: 'desk' }),
      place({ deskId: 'd2', kind: undefined }),
    ]);
    expect(split.desks.map((p) => p.deskId)).toEqual(['d1', 'd2']);
    expect(split.rooms.map((p) => p.deskId)).toEqual(['r1']);
  });

  it('names the event in the time it takes, on a day the clocks go forward', () => {
    const p = place({
      free: [
        { start: iso('08:00'), end: iso('10:00') },
        { start: iso('12:00'), end: iso('18:00') },
      ],
      events: [{ eventId: 'e1', title: 'Transferwerkstatt', start: iso('10:00'), end: iso('11:00') }],
    });
    const segments = placeSegments([{ start: at('08:00'), end: at('18:00') }], p, EARLY, false);
    expect(segments.map((s) => [s.kind, (s.end - s.start) / 60_000, 'title' in s ? s.title : undefined])).toEqual([
      ['free', 120, undefined],
      ['event', 60, 'Transferwerkstatt'],
      ['taken', 60, undefined],
      ['free', 360, undefined],
    ]);
    // 08:00 local on that day is 06:00 UTC (summer time from 02:00)
    expect(new Date(segments[0]!.start).toISOString()).toBe('2031-03-30T06:00:00.000Z');
  });

  it('shows the free time of a room the viewer may not book as booked by the team', () => {
    const p = place({ free: [{ start: iso('08:00'), end: iso('18:00') }] });
    expect(placeSegments([{ start: at('08:00'), end: at('18:00') }], p, EARLY, true).map((s) => s.kind)).toEqual([
      'team',
    ]);
  });

  it('finds the event overlapping a range', () => {
    const p = place({ events: [{ eventId: 'e1', title: null, start: iso('10:00'), end: iso('11:00') }] });
    expect(eventDuring(p, { start: at('09:00'), end: at('10:30') })?.eventId).toBe('e1');
    expect(eventDuring(p, { start: at('11:00'), end: at('12:00') })).toBeNull();
  });
});
