import { describe, expect, it } from 'vitest';
import { deskParts, freeUntilClose, isWalkInNow, walkInNow } from './walk-in-time';

const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();
// 2027-10-31, the autumn DST change in Berlin (25 hours): opening 09:00–12:00 CET and 13:00–18:00 CET
const dstOpen = [
  { start: '2027-10-31T08:00:00Z', end: '2027-10-31T11:00:00Z' },
  { start: '2027-10-31T12:00:00Z', end: '2027-10-31T17:00:00Z' },
];

describe('walk-in times', () => {
  it('starts now rounded down to 5 minutes and ends when the current opening closes (DST day)', () => {
    const r = walkInNow(dstOpen, ms('2027-10-31T12:47:59Z'))!;
    expect([iso(r.start), iso(r.end)]).toEqual(['2027-10-31T12:45:00.000Z', '2027-10-31T17:00:00.000Z']);
    const morning = walkInNow(dstOpen, ms('2027-10-31T08:02:00Z'))!;
    expect([iso(morning.start), iso(morning.end)]).toEqual(['2027-10-31T08:00:00.000Z', '2027-10-31T11:00:00.000Z']);
  });

  it('has no walk-in while closed (over lunch, after hours)', () => {
    expect(walkInNow(dstOpen, ms('2027-10-31T11:30:00Z'))).toBeNull();
    expect(walkInNow(dstOpen, ms('2027-10-31T17:00:00Z'))).toBeNull();
  });

  it('ends a desk’s walk-in where its free time ends, if before the close', () => {
    const desk = { deskId: 'd', name: 'T', free: [{ start: '2027-10-31T12:00:00Z', end: '2027-10-31T14:00:00Z' }] };
    const span = freeUntilClose(desk, walkInNow(dstOpen, ms('2027-10-31T12:47:00Z'))!)!;
    expect(iso(span.end)).toBe('2027-10-31T14:00:00.000Z');
    expect(freeUntilClose({ ...desk, free: [] }, walkInNow(dstOpen, ms('2027-10-31T12:47:00Z'))!)).toBeNull();
  });

  it('splits a desk’s day into past, free and taken parts', () => {
    const desk = { deskId: 'd', name: 'T', free: [{ start: '2027-10-31T08:00:00Z', end: '2027-10-31T10:00:00Z' }] };
    expect(deskParts(dstOpen, desk, ms('2027-10-31T09:00:00Z')).map((p) => [p.kind, iso(p.start)])).toEqual([
      ['past', '2027-10-31T08:00:00.000Z'],
      ['free', '2027-10-31T09:00:00.000Z'],
      ['taken', '2027-10-31T10:00:00.000Z'],
      ['closed', '2027-10-31T11:00:00.000Z'],
      ['taken', '2027-10-31T12:00:00.000Z'],
    ]);
  });

  it('shows an event’s time on its place as the event’s, not as free or plain taken (DST day)', () => {
    const desk = {
      deskId: 'd',
      name: 'Konferenztisch',
      free: [{ start: '2027-10-31T08:00:00Z', end: '2027-10-31T09:00:00Z' }],
      events: [{ eventId: 'e', title: 'Werkstatt', start: '2027-10-31T09:00:00Z', end: '2027-10-31T10:00:00Z' }],
    };
    expect(
      deskParts(dstOpen, desk, ms('2027-10-31T07:00:00Z')).map((p) => [p.kind, iso(p.start), p.event?.title]),
    ).toEqual([
      ['free', '2027-10-31T08:00:00.000Z', undefined],
      ['event', '2027-10-31T09:00:00.000Z', 'Werkstatt'],
      ['taken', '2027-10-31T10:00:00.000Z', undefined],
      ['closed', '2027-10-31T11:00:00.000Z', undefined],
      ['taken', '2027-10-31T12:00:00.000Z', undefined],
    ]);
  });

  it('counts as a walk-in now when it runs now or starts within 15 minutes', () => {
    const now = ms('2027-10-31T12:00:00Z');
    expect(isWalkInNow({ start: now - 60_000, end: now + 60_000 }, now)).toBe(true);
    expect(isWalkInNow({ start: now + 15 * 60_000, end: now + 3_600_000 }, now)).toBe(true);
    expect(isWalkInNow({ start: now + 16 * 60_000, end: now + 3_600_000 }, now)).toBe(false);
    expect(isWalkInNow({ start: now - 3_600_000, end: now }, now)).toBe(false);
  });
});
