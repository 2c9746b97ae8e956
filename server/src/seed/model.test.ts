/** The demo-data model on its own: deterministic, conflict-free, inside opening hours, and true to the story. */
import { describe, expect, it } from 'vitest';
import { USER_GROUPS } from '@popdesk/shared';
import { dateWithin, localDateOf, openingIntervals } from '../lib/local-time.js';
import { generateSeedData, type SeedData, type SimBooking, type SimEvent, type SimRegistration } from './model.js';
import { SUMMER_HOLIDAYS } from './popup-history.js';
import { DEMO_COWORKER } from './simulation.js';
import { ALL_SPACES, CONFERENCE_TABLE, POPUP, deskIndexes } from './towns.js';

const NOW = new Date('2026-11-21T09:45:00Z');
const data = generateSeedData({ now: NOW });
const spaceOf = (key: string) => ALL_SPACES.find((s) => s.key === key)!;
const counting = (b: SimBooking) => b.status === 'confirmed' || b.status === 'checked_in';
const hours = (b: SimBooking) => (b.end.getTime() - b.start.getTime()) / 3_600_000;

function overlapsWithin(groups: Map<string, SimBooking[]>): string[] {
  const clashes: string[] = [];
  for (const [key, list] of groups) {
    const sorted = [...list].sort((a, b) => a.start.getTime() - b.start.getTime());
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.start < sorted[i - 1]!.end) clashes.push(`${key} at ${sorted[i]!.start.toISOString()}`);
    }
  }
  return clashes;
}

function groupBy(bookings: SimBooking[], key: (b: SimBooking) => string | null) {
  const map = new Map<string, SimBooking[]>();
  for (const b of bookings) {
    const k = key(b);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), b]);
  }
  return map;
}

/** Booked (counting) desk-hours and open days of the pop-up between two dates (inclusive). */
function popupRate(d: SeedData, from: string, to: string) {
  const closed = new Set(d.closures.filter((c) => c.spaceKey === POPUP.key).map((c) => c.date));
  let openDays = 0;
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (
      dateWithin(date, POPUP.opensOn, POPUP.closesOn) &&
      !closed.has(date) &&
      openingIntervals(date, POPUP.hours, POPUP.timezone).length > 0
    )
      openDays++;
  }
  const booked = d.bookings
    .filter((b) => b.spaceKey === POPUP.key && counting(b))
    .filter((b) => from <= localDateOf(b.start, POPUP.timezone) && localDateOf(b.start, POPUP.timezone) <= to)
    .reduce((sum, b) => sum + hours(b), 0);
  return { booked, openDays, perDay: booked / openDays };
}

describe('demo-data model', () => {
  it('gives the same data for the same seed and other data for another seed', () => {
    expect(generateSeedData({ now: NOW })).toEqual(data);
    const other = generateSeedData({ now: NOW, seed: 7 });
    expect(other.bookings.length).toBeGreaterThan(0);
    expect(other.bookings).not.toEqual(data.bookings);
  });

  it('never double-books a desk or a person', () => {
    const held = data.bookings.filter(counting);
    expect(overlapsWithin(groupBy(held, (b) => `${b.spaceKey}#${b.deskIndex}`))).toEqual([]);
    expect(overlapsWithin(groupBy(held, (b) => b.userKey))).toEqual([]);
  });

  it('puts every booking inside one opening interval of an open day of its space', () => {
    const closed = new Set(data.closures.map((c) => `${c.spaceKey}@${c.date}`));
    for (const b of data.bookings) {
      const space = spaceOf(b.spaceKey);
      const date = localDateOf(b.start, space.timezone);
      const where = `${b.spaceKey} ${b.start.toISOString()}`;
      expect(closed.has(`${b.spaceKey}@${date}`), where).toBe(false);
      expect(dateWithin(date, space.opensOn, space.closesOn), where).toBe(true);
      expect(b.deskIndex >= 0 && b.deskIndex < space.desks.length, where).toBe(true);
      const fits = openingIntervals(date, space.hours, space.timezone).some(
        (iv) => iv.start <= b.start && b.end <= iv.end,
      );
      expect(fits, where).toBe(true);
      expect(b.start < b.end, where).toBe(true);
    }
  });

  it('tells a consistent story of each booking as seen at `now`', () => {
    for (const b of data.bookings) {
      const where = `${b.spaceKey} ${b.start.toISOString()} ${b.status}`;
      expect(b.createdAt <= NOW && b.createdAt <= b.start, where).toBe(true);
      expect(b.status === 'cancelled', where).toBe(b.cancelledAt !== null);
      if (b.cancelledAt)
        expect(b.createdAt <= b.cancelledAt && b.cancelledAt <= b.start && b.cancelledAt <= NOW, where).toBe(true);
      expect(b.status === 'checked_in', where).toBe(b.checkedInAt !== null);
      if (b.checkedInAt)
        expect(b.checkedInAt <= NOW && b.checkedInAt.getTime() >= b.start.getTime() - 15 * 60_000, where).toBe(true);
      if (b.status === 'no_show') expect(spaceOf(b.spaceKey).checkInRequired && b.start < NOW, where).toBe(true);
      // Where check-in is required, an overdue confirmed booking would already have been released.
      const space = spaceOf(b.spaceKey);
      if (space.checkInRequired && b.status === 'confirmed') {
        expect(b.start.getTime() + space.releaseAfterMinutes * 60_000 > NOW.getTime(), where).toBe(true);
      }
      expect(b.userKey === null, where).toBe(b.guestName !== null);
      if (b.userKey === null) expect(b.createdByKey, where).toBe(`staff:${b.spaceKey}`);
    }
    const users = new Map(data.users.map((u) => [u.key, u]));
    for (const b of data.bookings) {
      if (b.userKey && b.userKey !== DEMO_COWORKER) expect(users.get(b.userKey)!.createdAt <= b.createdAt).toBe(true);
    }
  });

  it('keeps the pop-up closed on public holidays, such as 3 October 2022', () => {
    expect(data.closures).toContainEqual({
      spaceKey: POPUP.key,
      date: '2022-10-03',
      reason: 'Tag der Deutschen Einheit',
    });
    expect(data.bookings.some((b) => localDateOf(b.start, POPUP.timezone) === '2022-10-03')).toBe(false);
  });

  it('places bookings by the local clock on both sides of the change from summer time (30 October 2022)', () => {
    const popup = data.bookings.filter((b) => b.spaceKey === POPUP.key);
    const opensAt = (date: string) =>
      popup
        .filter((b) => localDateOf(b.start, POPUP.timezone) === date)
        .map((b) => b.start.toISOString().slice(11, 16));
    const before = ['2022-10-24', '2022-10-25', '2022-10-26', '2022-10-27'].flatMap(opensAt);
    const after = ['2022-10-31', '2022-11-01', '2022-11-02', '2022-11-03'].flatMap(opensAt);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before.every((t) => t >= '07:00')).toBe(true); // 09:00 CEST = 07:00Z
    expect(after.every((t) => t >= '08:00')).toBe(true); // 09:00 CET = 08:00Z
  });

  it.each([undefined, 1, 2, 3, 42, 2022])(
    'shows the summer dip and the autumn rise in the pop-up (seed %s)',
    (seed) => {
      const d = seed === undefined ? data : generateSeedData({ now: NOW, seed });
      const beforeHolidays = popupRate(d, '2022-06-21', '2022-07-24');
      const holidays = popupRate(d, SUMMER_HOLIDAYS.from, SUMMER_HOLIDAYS.to);
      const august = popupRate(d, '2022-08-01', '2022-08-31');
      const september = popupRate(d, '2022-09-01', '2022-09-30');
      const october = popupRate(d, '2022-10-01', '2022-10-31');
      const november = popupRate(d, '2022-11-01', '2022-11-30');
      expect(holidays.perDay).toBeLessThan(0.6 * beforeHolidays.perDay);
      expect(august.perDay).toBeLessThan(0.6 * beforeHolidays.perDay);
      expect(august.booked).toBeLessThan(september.booked);
      expect(september.booked).toBeLessThan(october.booked);
      expect(september.booked).toBeLessThan(november.booked);
      expect(september.perDay).toBeGreaterThan(holidays.perDay);
    },
  );

  it('has a mix of people, regulars and newcomers, cancellations, no-shows, walk-ins and turned-away demand', () => {
    const popup = data.bookings.filter((b) => b.spaceKey === POPUP.key);
    const groupOf = new Map(data.users.map((u) => [u.key, u.group]));
    const groups = new Set(popup.map((b) => b.userKey && groupOf.get(b.userKey)));
    for (const g of USER_GROUPS.filter((g) => g !== 'other')) expect(groups.has(g), g).toBe(true);
    const perUser = groupBy(popup.filter(counting), (b) => b.userKey);
    const visits = [...perUser.values()].map((l) => l.length);
    expect(visits.filter((n) => n === 1).length).toBeGreaterThan(10);
    expect(visits.filter((n) => n >= 5).length).toBeGreaterThan(5);
    for (const status of ['cancelled', 'no_show', 'checked_in'] as const)
      expect(
        popup.some((b) => b.status === status),
        status,
      ).toBe(true);
    expect(popup.filter((b) => b.userKey === null).length).toBeGreaterThanOrEqual(3);
    expect(popup.some((b) => b.status === 'confirmed')).toBe(false); // all in the past, all settled
    // the conference table is booked only for short meetings; its workshops are events (below)
    const table = POPUP.desks.indexOf(CONFERENCE_TABLE);
    const tableBookings = popup.filter((b) => b.deskIndex === table);
    expect(tableBookings.length).toBeGreaterThan(0);
    expect(tableBookings.every((b) => hours(b) === 2)).toBe(true);
    const turned = (month: string) =>
      data.turnedAway.filter((t) => t.spaceKey === POPUP.key && localDateOf(t.start, POPUP.timezone).startsWith(month))
        .length;
    expect(turned('2022-10') + turned('2022-11')).toBeGreaterThan(0);
    expect(turned('2022-08')).toBe(0);
  });

  it('gives the open spaces bookings before and after today, and the demo coworker a past and a future', () => {
    for (const space of ALL_SPACES.filter((s) => s.key !== POPUP.key)) {
      const list = data.bookings.filter((b) => b.spaceKey === space.key);
      expect(
        list.some((b) => b.end < NOW),
        space.key,
      ).toBe(true);
      expect(
        list.some((b) => b.start > NOW && b.status === 'confirmed'),
        space.key,
      ).toBe(true);
      const earliest = NOW.getTime() - 29 * 86_400_000;
      const latest = NOW.getTime() + 22 * 86_400_000;
      expect(
        list.every((b) => b.start.getTime() > earliest && b.start.getTime() < latest),
        space.key,
      ).toBe(true);
      expect(
        data.closures.some((c) => c.spaceKey === space.key && c.date.endsWith('-12-25')),
        space.key,
      ).toBe(true);
    }
    const mine = data.bookings.filter((b) => b.userKey === DEMO_COWORKER);
    expect(mine.some((b) => b.end < NOW)).toBe(true);
    expect(mine.some((b) => b.start > NOW && b.status === 'confirmed')).toBe(true);
  });

  it('gives simulated people synthetic addresses only', () => {
    expect(data.users.every((u) => /^sim-\d{4}@demo\.popdesk\.invalid$/.test(u.email))).toBe(true);
    expect(new Set(data.users.map((u) => u.email)).size).toBe(data.users.length);
  });
});

const holding = (r: SimRegistration) => r.status === 'registered' || r.status === 'attended';
const held = (e: SimEvent) => e.registrations.filter(holding).length;
const attended = (e: SimEvent) => e.registrations.filter((r) => r.status === 'attended').length;
const localStart = (e: SimEvent) => localDateOf(e.start, spaceOf(e.spaceKey).timezone);

describe('demo events', () => {
  it("makes the pop-up's conference table a room and its autumn workshops events, the transfer workshop full", () => {
    expect(deskIndexes(POPUP)).toHaveLength(7);
    expect(POPUP.roomSeats?.[CONFERENCE_TABLE]).toBe(10);
    const table = POPUP.desks.indexOf(CONFERENCE_TABLE);
    const autumn = data.events.filter(
      (e) => e.spaceKey === POPUP.key && localStart(e) >= '2022-10-01' && localStart(e) <= '2022-11-30',
    );
    expect(autumn.length).toBeGreaterThanOrEqual(12);
    expect(autumn.every((e) => e.placeIndexes.length === 1 && e.placeIndexes[0] === table)).toBe(true);
    expect(new Set(autumn.map((e) => e.kind))).toEqual(new Set(['workshop', 'meeting']));
    const transfer = autumn.filter((e) => e.title === 'Transferwerkstatt der Kleinstadtakademie');
    expect(transfer).toHaveLength(1);
    expect(held(transfer[0]!)).toBe(10);
    expect(transfer[0]!.registrations.some((r) => r.status === 'waitlisted')).toBe(true);
    // some came, some did not: attendance is neither nothing nor everything
    const registered = autumn.reduce((n, e) => n + held(e), 0);
    const came = autumn.reduce((n, e) => n + attended(e), 0);
    expect(came / registered).toBeGreaterThan(0.6);
    expect(came).toBeLessThan(registered);
  });

  it("tells Wittenberge's Schnupper-Co-Working of January 2023 and Mölln's theme week", () => {
    const trial = data.events.filter((e) => e.spaceKey === 'wittenberge' && localStart(e).startsWith('2023-01'));
    expect(trial.length).toBeGreaterThanOrEqual(2);
    expect(trial.every((e) => e.kind === 'trial_day' && e.capacity === 6 && e.placeIndexes.length === 6)).toBe(true);
    const came = new Set(
      trial.flatMap((e) => e.registrations.filter((r) => r.status === 'attended').map((r) => r.userKey)),
    );
    expect(came.size).toBe(8);
    // a series: the later days are copies of the first
    const first = data.events.indexOf(trial[0]!);
    expect(trial.slice(1).every((e) => e.copiedFrom === first)).toBe(true);

    const week = data.events.filter((e) => e.spaceKey === 'moelln' && localStart(e) < '2023-01-01');
    expect(week).toHaveLength(5);
    const [kickOff, ...rest] = week;
    expect(held(kickOff!)).toBe(kickOff!.capacity);
    expect(kickOff!.registrations.some((r) => r.status === 'waitlisted')).toBe(true);
    for (const e of rest) expect(attended(e), e.title).toBeLessThan(e.capacity / 2);
  });

  it('gives the running spaces upcoming public events, one nearly full, the demo coworker registered', () => {
    const upcoming = data.events.filter((e) => e.start > NOW && e.status === 'scheduled');
    const open = upcoming.filter((e) => e.public);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.some((e) => held(e) >= 0.85 * e.capacity && held(e) < e.capacity)).toBe(true);
    expect(upcoming.some((e) => !e.public)).toBe(true);
    expect(upcoming.some((e) => e.registrations.some((r) => r.status === 'waitlisted'))).toBe(true);
    expect(
      upcoming.some((e) => e.registrations.some((r) => r.userKey === DEMO_COWORKER && r.status === 'registered')),
    ).toBe(true);
    expect(upcoming.every((e) => e.registrations.every((r) => r.status !== 'attended'))).toBe(true);
  });

  it('keeps every event inside opening hours, its places clear of bookings and other events, by the local clock', () => {
    const closed = new Set(data.closures.map((c) => `${c.spaceKey}@${c.date}`));
    const placeSpans = new Map<string, [number, number][]>();
    for (const e of data.events) {
      const space = spaceOf(e.spaceKey);
      const date = localStart(e);
      const where = `${e.spaceKey} ${e.title} ${e.start.toISOString()}`;
      expect(closed.has(`${e.spaceKey}@${date}`), where).toBe(false);
      expect(dateWithin(date, space.opensOn, space.closesOn), where).toBe(true);
      const fits = openingIntervals(date, space.hours, space.timezone).some(
        (iv) => iv.start <= e.start && e.end <= iv.end,
      );
      expect(fits, where).toBe(true);
      expect(e.createdAt <= NOW && e.createdAt < e.start, where).toBe(true);
      for (const i of e.placeIndexes) {
        expect(i >= 0 && i < space.desks.length, where).toBe(true);
        const key = `${e.spaceKey}#${i}`;
        const spans = placeSpans.get(key) ?? [];
        expect(
          spans.some(([s, t]) => s < e.end.getTime() && e.start.getTime() < t),
          where,
        ).toBe(false);
        placeSpans.set(key, [...spans, [e.start.getTime(), e.end.getTime()]]);
      }
    }
    const clashes = data.bookings
      .filter(counting)
      .filter((b) =>
        (placeSpans.get(`${b.spaceKey}#${b.deskIndex}`) ?? []).some(
          ([s, t]) => s < b.end.getTime() && b.start.getTime() < t,
        ),
      );
    expect(clashes).toEqual([]);
    // 09:00–17:00 local on both sides of the change from summer time (30 October 2022)
    const popup = data.events.filter((e) => e.spaceKey === POPUP.key);
    const utc = (d: Date) => d.toISOString().slice(11, 16);
    const before = popup.filter((e) => localStart(e) < '2022-10-30');
    const after = popup.filter((e) => localStart(e) > '2022-10-30');
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before.every((e) => utc(e.start) >= '07:00' && utc(e.end) <= '15:00')).toBe(true); // CEST
    expect(after.every((e) => utc(e.start) >= '08:00' && utc(e.end) <= '16:00')).toBe(true); // CET
    expect(after.some((e) => utc(e.end) === '16:00')).toBe(true);
  });

  it('tells a consistent story of each registration: capacity, waitlist, check-in, one per person', () => {
    const users = new Map(data.users.map((u) => [u.key, u]));
    for (const e of data.events) {
      const where = `${e.spaceKey} ${e.title} ${e.start.toISOString()}`;
      expect(held(e), where).toBeLessThanOrEqual(e.capacity);
      if (e.registrations.some((r) => r.status === 'waitlisted')) expect(held(e), where).toBe(e.capacity);
      const live = e.registrations.filter((r) => r.userKey !== null && r.status !== 'cancelled').map((r) => r.userKey);
      expect(new Set(live).size, where).toBe(live.length);
      for (const r of e.registrations) {
        expect(r.userKey === null, where).toBe(r.guestName !== null);
        expect(r.createdAt <= NOW && r.createdAt >= e.createdAt, where).toBe(true);
        if (r.userKey === null) expect(r.status, where).toBe('attended');
        expect(r.status === 'attended', where).toBe(r.checkedInAt !== null);
        if (r.checkedInAt) {
          expect(r.checkedInAt.getTime() >= e.start.getTime() - 60 * 60_000, where).toBe(true);
          expect(r.checkedInAt <= e.end && r.checkedInAt <= NOW, where).toBe(true);
        }
        expect(r.status === 'cancelled', where).toBe(r.cancelledAt !== null);
        if (r.cancelledAt) expect(r.cancelledAt >= r.createdAt && r.cancelledAt <= e.start, where).toBe(true);
        if (r.promotedAt) expect(holding(r) && r.promotedAt >= r.createdAt, where).toBe(true);
        const user = r.userKey ? users.get(r.userKey) : undefined;
        if (user) expect(user.createdAt <= r.createdAt, where).toBe(true);
      }
    }
  });
});
