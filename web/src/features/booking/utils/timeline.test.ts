import { describe, expect, it } from 'vitest';
import { bookable, containsRange, deskSegments, endOptions, quickChoices, startOptions } from './timeline';

const at = (hhmm: string) => Date.parse(`2027-06-21T${hhmm}:00Z`);
const iv = (a: string, b: string) => ({ start: at(a), end: at(b) });
const EARLY = at('00:00');

describe('desk segments', () => {
  it('splits the day into free, taken and closed parts', () => {
    const open = [iv('08:00', '12:00'), iv('13:00', '17:00')];
    const free = [iv('08:00', '10:00'), iv('11:00', '12:00'), iv('13:00', '17:00')];
    expect(
      deskSegments(open, free, EARLY).map((s) => [
        s.kind,
        new Date(s.start).toISOString().slice(11, 16),
        new Date(s.end).toISOString().slice(11, 16),
      ]),
    ).toEqual([
      ['free', '08:00', '10:00'],
      ['taken', '10:00', '11:00'],
      ['free', '11:00', '12:00'],
      ['closed', '12:00', '13:00'],
      ['free', '13:00', '17:00'],
    ]);
  });

  it('marks free time before now as past', () => {
    const segments = deskSegments([iv('08:00', '12:00')], [iv('08:00', '12:00')], at('09:30'));
    expect(segments.map((s) => s.kind)).toEqual(['past', 'free']);
    expect(segments[1]!.start).toBe(at('09:30'));
  });

  it('shows a fully booked desk as one taken segment', () => {
    expect(deskSegments([iv('08:00', '12:00')], [], EARLY)).toEqual([{ kind: 'taken', ...iv('08:00', '12:00') }]);
  });
});

describe('bookable time', () => {
  it('clips free time at the current quarter hour', () => {
    expect(bookable([iv('08:00', '12:00')], at('09:37'))).toEqual([iv('09:30', '12:00')]);
    expect(bookable([iv('08:00', '09:00')], at('09:37'))).toEqual([]);
  });
  it('checks that a range fits into one free interval', () => {
    expect(containsRange([iv('08:00', '12:00')], iv('09:00', '11:00'))).toBe(true);
    expect(containsRange([iv('08:00', '10:00'), iv('10:30', '12:00')], iv('09:00', '11:00'))).toBe(false);
  });
});

describe('quick choices', () => {
  const noon = at('12:00');
  it('offers morning, afternoon and the whole opening time for one interval', () => {
    expect(quickChoices([iv('08:00', '18:00')], noon, EARLY)).toEqual({
      morning: iv('08:00', '12:00'),
      afternoon: iv('12:00', '18:00'),
      whole: iv('08:00', '18:00'),
    });
  });
  it('uses the intervals of a split day and offers no "whole" then', () => {
    expect(quickChoices([iv('09:00', '12:30'), iv('14:00', '18:00')], noon, EARLY)).toEqual({
      morning: iv('09:00', '12:00'),
      afternoon: iv('14:00', '18:00'),
    });
  });
  it('drops what has passed today', () => {
    // at 13:10 only the afternoon is left (the whole day would be the same range)
    expect(quickChoices([iv('08:00', '18:00')], noon, at('13:10'))).toEqual({ afternoon: iv('13:00', '18:00') });
  });
});

describe('time options', () => {
  it('lists quarter-hour starts inside opening hours and ends within the same interval', () => {
    const open = [iv('08:00', '09:00'), iv('10:00', '10:30')];
    expect(startOptions(open, EARLY).map((t) => new Date(t).toISOString().slice(11, 16))).toEqual([
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '10:00',
      '10:15',
    ]);
    expect(endOptions(open, at('08:30')).map((t) => new Date(t).toISOString().slice(11, 16))).toEqual([
      '08:45',
      '09:00',
    ]);
  });
  it('snaps opening times off the grid onto it but keeps the closing time', () => {
    expect(endOptions([iv('08:10', '09:05')], at('08:10')).map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(
      ['08:15', '08:30', '08:45', '09:00', '09:05'],
    );
  });
});
