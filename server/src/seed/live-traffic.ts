/**
 * Traffic for the spaces open today: about four weeks of history and three weeks of bookings ahead
 * of `now`, so that booking screens, availability and "my bookings" show real use. Days further
 * ahead are less booked, as they would be. The demo coworker commutes to the Ammersee Denkerhaus
 * on Tuesdays and Thursdays, so that account has a past and a future too.
 */
import type { UserGroup } from '@popdesk/shared';
import { addDays, isoWeekday, localDateOf, localInstant } from '../lib/local-time.js';
import type { Rng } from './random.js';
import { DEMO_COWORKER, bookedAt, openDays, visitMinutes, type Simulation } from './simulation.js';
import { deskIndexes, type TownSpace } from './towns.js';

export const LIVE_WINDOW = { daysBack: 28, daysAhead: 21 } as const;

const DAY = 86_400_000;
const WEEKDAY_FACTOR = [0, 0.9, 1.05, 1.1, 1.05, 0.7, 0.5, 0.4];

/** Share of a day's eventual demand already booked, `ahead` days before it. */
const bookedSoFar = (ahead: number) => (ahead <= 1 ? 1 : Math.max(0.15, 1 - (ahead - 1) / 24));

export function liveWindow(space: TownSpace, now: Date) {
  const today = localDateOf(now, space.timezone);
  return { today, from: addDays(today, -LIVE_WINDOW.daysBack), to: addDays(today, LIVE_WINDOW.daysAhead) };
}

export function simulateLiveSpace(
  sim: Simulation,
  rng: Rng,
  space: TownSpace,
  closures: ReadonlySet<string>,
  opts: { demoCoworker: boolean },
) {
  const { today, from, to } = liveWindow(space, sim.now);
  const desks = deskIndexes(space); // a room is booked by staff, not as a desk
  const anyDesk = () => {
    const first = rng.int(0, desks.length - 1);
    return [...desks.slice(first), ...desks.slice(0, first)];
  };

  for (const day of openDays(space, closures, from, to)) {
    const ahead = Math.round((Date.parse(day.date) - Date.parse(today)) / DAY);
    const requests: { startMin: number; endMin: number; desks: number[]; userKey: string; createdAt: Date }[] = [];

    if (opts.demoCoworker && [2, 4].includes(isoWeekday(day.date))) {
      const slot = day.slots[0]!;
      const [s, e] = [slot.opens + 30, Math.min(slot.closes, slot.opens + 510)];
      const createdAt = bookedAt(rng, localInstant(day.date, s, space.timezone), sim.now, space.timezone, {
        minDays: 7,
        maxDays: 14,
      });
      requests.push({ startMin: s, endMin: e, desks: anyDesk(), userKey: DEMO_COWORKER, createdAt });
    }

    const mean = desks.length * space.demandShare * WEEKDAY_FACTOR[isoWeekday(day.date)]! * bookedSoFar(ahead);
    for (let n = rng.poisson(mean); n > 0; n--) {
      const slot = rng.pick(day.slots);
      const returning = rng.chance(0.25) ? null : sim.returningUser(rng, space.key);
      const group = returning?.group ?? rng.weighted(space.audience as Record<UserGroup, number>);
      const [s, e] = visitMinutes(rng, group, slot);
      const start = localInstant(day.date, s, space.timezone);
      // Days ahead hold only bookings made by now, i.e. at least `ahead` days before.
      const createdAt = bookedAt(rng, start, sim.now, space.timezone, { minDays: Math.max(0, ahead) });
      const user = returning ?? sim.newUser(rng, space.key, group, createdAt);
      requests.push({ startMin: s, endMin: e, desks: anyDesk(), userKey: user.key, createdAt });
    }

    requests.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    for (const r of requests) sim.book(rng, space, { date: day.date, ...r });

    if (rng.chance(0.1)) {
      const slot = rng.pick(day.slots);
      const [s, e] = visitMinutes(rng, 'other', slot);
      const start = localInstant(day.date, s, space.timezone);
      if (start < sim.now) {
        sim.book(rng, space, {
          date: day.date,
          startMin: s,
          endMin: e,
          desks: anyDesk(),
          userKey: null,
          guestName: 'Tagesgast',
          createdAt: start,
        });
      }
    }
  }
}
