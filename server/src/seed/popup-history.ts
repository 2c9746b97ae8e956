/**
 * The life of the Oestrich-Winkel pop-up, 21 June – 21 December 2022, as the town reported it:
 * curiosity after the opening, little demand in the Hessian summer holidays (25 July – 2 September),
 * a rise from September, the conference table busy with workshops in October and November (events
 * with registrations, demo-events.ts: they take the table, not desks), a quieter December.
 * The curve below is the model's only input about demand; everything else (who comes, when, for how
 * long, who is turned away when the desks are full) follows from it and the opening hours.
 */
import type { UserGroup } from '@popdesk/shared';
import { isoWeekday, localInstant } from '../lib/local-time.js';
import type { Rng } from './random.js';
import { popupWorkshop } from './demo-events.js';
import { bookedAt, openDays, visitMinutes, type OpenDay, type Simulation } from './simulation.js';
import { CONFERENCE_TABLE, deskIndexes, type TownSpace } from './towns.js';

export const SUMMER_HOLIDAYS = { from: '2022-07-25', to: '2022-09-02' } as const;

/** Expected individual desk bookings on an open day (workshop participants register for the event instead). */
export function popupDemand(date: string): number {
  const weekday = [0, 0.85, 1.1, 1.1, 0.95, 0, 0, 0][isoWeekday(date)]!;
  let level: number;
  if (date < '2022-07-01')
    level = 2.4; // the first days after the opening on 21 June
  else if (date < SUMMER_HOLIDAYS.from) level = 2.0;
  else if (date <= SUMMER_HOLIDAYS.to) level = 0.5;
  else if (date < '2022-10-01')
    level = 1.5 + (1.9 * (Number(date.slice(8, 10)) - 3)) / 27; // September: rising
  else if (date < '2022-11-01') level = 4.2;
  else if (date < '2022-12-01') level = 4.4;
  else level = 2.4; // December: winding down towards the end on 21 December
  return level * weekday;
}

/** Share of new people among individual bookings: high while the space is new. */
const newcomerShare = (date: string) => (date < '2022-07-15' ? 0.6 : date < '2022-10-01' ? 0.4 : 0.3);

/** Workshop days: one in late September, two a week in October and November, one in early December. */
function workshopDays(rng: Rng, days: OpenDay[]): Set<string> {
  const byWeek = new Map<string, string[]>();
  for (const { date } of days) {
    const monday = new Date(Date.parse(date) - (isoWeekday(date) - 1) * 86_400_000).toISOString().slice(0, 10);
    if (isoWeekday(date) > 1) byWeek.set(monday, [...(byWeek.get(monday) ?? []), date]);
  }
  const chosen = new Set<string>();
  for (const [monday, dates] of byWeek) {
    const perWeek =
      monday >= '2022-09-26' && monday < '2022-12-01' ? 2 : monday >= '2022-09-19' && monday < '2022-12-08' ? 1 : 0;
    const pool = [...dates];
    for (let i = 0; i < perWeek && pool.length > 0; i++) chosen.add(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  }
  return chosen;
}

interface Request {
  startMin: number;
  endMin: number;
  desks: number[];
  userKey: string;
  createdAt: Date;
}

export function simulatePopup(sim: Simulation, rng: Rng, space: TownSpace, closures: ReadonlySet<string>) {
  const days = openDays(space, closures, space.opensOn!, space.closesOn!);
  const workshops = workshopDays(rng, days);
  // the first workshop of October is the Kleinstadtakademie's transfer workshop
  const inOrder = [...workshops].sort();
  const transfer = inOrder.find((d) => d >= '2022-10-01');
  const table = space.desks.indexOf(CONFERENCE_TABLE);
  const desks = deskIndexes(space);
  const notBefore = localInstant('2022-06-14', 10 * 60, space.timezone); // bookings opened with the press release

  /** Someone wants [s, e) on `date`: a returning user or (with probability pNew) a newcomer. */
  const request = (
    date: string,
    s: number,
    e: number,
    desksInOrder: number[],
    pNew: number,
    groups?: UserGroup[],
  ): Request => {
    const createdAt = bookedAt(rng, localInstant(date, s, space.timezone), sim.now, space.timezone, { notBefore });
    const returning = rng.chance(pNew) ? null : sim.returningUser(rng, space.key, groups);
    const group = groups ? rng.pick(groups) : rng.weighted(space.audience as Record<UserGroup, number>);
    const user = returning ?? sim.newUser(rng, space.key, group, createdAt);
    return { startMin: s, endMin: e, desks: desksInOrder, userKey: user.key, createdAt };
  };
  const anyDesk = () => {
    const first = rng.int(0, desks.length - 1);
    return [...desks.slice(first), ...desks.slice(0, first)];
  };

  for (const day of days) {
    const slot = day.slots[0]!;
    const requests: Request[] = [];

    if (workshops.has(day.date)) {
      // A workshop: staff put an event at the conference table weeks ahead; participants register.
      const block = day.date === transfer ? 'day' : rng.weighted({ morning: 45, afternoon: 40, day: 15 });
      const [s, e] =
        block === 'morning'
          ? [slot.opens, slot.opens + 240]
          : block === 'afternoon'
            ? [slot.closes - 240, slot.closes]
            : [slot.opens + 60, slot.closes];
      const workshop = popupWorkshop(sim, rng, space, {
        date: day.date,
        startMin: s,
        endMin: e,
        transfer: day.date === transfer,
        nth: inOrder.indexOf(day.date),
        notBefore,
      });
      // Some participants stay for the rest of the day at a desk: desk-hours of their own, booked as they register.
      const [restFrom, restTo] = s > slot.opens ? [slot.opens, s] : [e, slot.closes];
      if (restTo - restFrom >= 120) {
        const rest = localInstant(day.date, restFrom, space.timezone).getTime();
        const staying = workshop.registrations.filter(
          (r) => r.userKey && r.status !== 'cancelled' && r.status !== 'waitlisted',
        );
        for (const r of staying.slice(0, rng.int(2, 5))) {
          const createdAt = new Date(Math.min(r.createdAt.getTime(), rest - rng.int(1, 8) * 30 * 60_000));
          requests.push({ startMin: restFrom, endMin: restTo, desks: anyDesk(), userKey: r.userKey!, createdAt });
        }
      }
    } else if (rng.chance(day.date > SUMMER_HOLIDAYS.to ? 0.15 : 0.05)) {
      // A short meeting at the conference table.
      const s = slot.opens + 30 * rng.int(0, (slot.closes - slot.opens - 120) / 30);
      requests.push(request(day.date, s, s + 120, [table], 0.5));
    }

    for (let n = rng.poisson(popupDemand(day.date)); n > 0; n--) {
      const pNew = newcomerShare(day.date);
      const returning = rng.chance(pNew) ? null : sim.returningUser(rng, space.key);
      const group = returning?.group ?? rng.weighted(space.audience as Record<UserGroup, number>);
      const [s, e] = visitMinutes(rng, group, slot);
      const createdAt = bookedAt(rng, localInstant(day.date, s, space.timezone), sim.now, space.timezone, {
        notBefore,
      });
      const user = returning ?? sim.newUser(rng, space.key, group, createdAt);
      requests.push({ startMin: s, endMin: e, desks: anyDesk(), userKey: user.key, createdAt });
    }

    // First come, first served: requests are decided in the order they were made.
    requests.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    for (const r of requests) sim.book(rng, space, { date: day.date, ...r });

    // Now and then someone drops in without booking; staff record them as a walk-in guest.
    if (rng.chance(day.date > SUMMER_HOLIDAYS.to ? 0.12 : 0.06)) {
      const [s, e] = visitMinutes(rng, 'other', slot);
      const guestName = rng.pick([
        'Tagesgast',
        'Gast ohne Buchung',
        'Besuch aus Wiesbaden',
        'Radtourist',
        'Gast (Gewerbeverein)',
      ]);
      const createdAt = localInstant(day.date, s, space.timezone);
      sim.book(rng, space, {
        date: day.date,
        startMin: s,
        endMin: e,
        desks: anyDesk(),
        userKey: null,
        guestName,
        createdAt,
      });
    }
  }
}
