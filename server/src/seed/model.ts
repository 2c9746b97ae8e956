/**
 * The demo-data model: a deterministic simulation of the five Kleinstadtakademie spaces.
 *
 *   generateSeedData({ now }) → { users, bookings, turnedAway, closures, events, surveys }
 *
 * - Same `seed` and `now` → exactly the same data (seeded PRNG, see random.ts; each town has its own
 *   stream). The pop-up's 2022 history does not depend on `now` once it lies in the past.
 * - Oestrich-Winkel: its whole life, 21 June – 21 December 2022 (popup-history.ts).
 * - The four other towns: four weeks back and three weeks ahead of `now` (live-traffic.ts).
 * - Events with registrations (demo-events.ts): the pop-up's autumn workshops, Wittenberge's
 *   trial days of January 2023, Mölln's theme week, and a few around `now` in the running spaces.
 * - Surveys with anonymous responses (demo-surveys.ts): the towns' commuter, citizen and interest
 *   surveys of 2022, the pop-up's post-visit survey, and one open post-visit survey in Dießen.
 * - Public holidays of each town's state are closures; nothing is booked on them.
 * - No desk is held twice at once and nobody holds two desks at once (the database's exclusion
 *   constraints would refuse it); every booking lies inside one opening interval of its local day;
 *   no counting booking lies over a place an event takes, nor one event's place over another's.
 * Pure: no database, no clock, no I/O. seed.ts writes the result.
 */
import { moellnThemeWeek, planLiveEvents, registerLiveEvents, wittenbergeTrialDays } from './demo-events.js';
import { generateDemoSurveys, type DemoSurvey } from './demo-surveys.js';
import { publicHolidays } from './holidays.js';
import { liveWindow, simulateLiveSpace } from './live-traffic.js';
import { simulatePopup } from './popup-history.js';
import { forkRng } from './random.js';
import { Simulation, type SimBooking, type SimEvent, type SimTurnedAway, type SimUser } from './simulation.js';
import { LIVE_SPACES, POPUP, type TownSpace } from './towns.js';

export type { SimBooking, SimEvent, SimRegistration, SimTurnedAway, SimUser } from './simulation.js';

export interface SimClosure {
  spaceKey: string;
  date: string;
  reason: string;
}

export interface SeedData {
  spaces: TownSpace[];
  users: SimUser[];
  bookings: SimBooking[];
  turnedAway: SimTurnedAway[];
  closures: SimClosure[];
  /** In the order they were planned; `copiedFrom` indexes into this list. */
  events: SimEvent[];
  /** Surveys and their responses; the post-visit answers fall on days people worked in the space. */
  surveys: DemoSurvey[];
}

/** The pop-up's opening day. */
export const DEFAULT_SEED = 20220621;

export function generateSeedData(opts: { now: Date; seed?: number }): SeedData {
  const seed = opts.seed ?? DEFAULT_SEED;
  const sim = new Simulation(opts.now);
  const closures: SimClosure[] = [];
  const holidaysAsClosures = (space: TownSpace, from: string, to: string) => {
    const dates = publicHolidays(space.state, from, to).map((h) => {
      closures.push({ spaceKey: space.key, date: h.date, reason: h.name });
      return h.date;
    });
    return new Set(dates);
  };

  simulatePopup(sim, forkRng(seed, POPUP.key), POPUP, holidaysAsClosures(POPUP, POPUP.opensOn!, POPUP.closesOn!));

  for (const space of LIVE_SPACES) {
    // Holidays from the start of the simulated window to the end of next year, so that the coming
    // closures are visible in the booking screens too.
    const { from, to } = liveWindow(space, opts.now);
    const until = `${Number(to.slice(0, 4)) + 1}-12-31`;
    const closed = holidaysAsClosures(space, from, until);
    // the events first: they take their places before anyone books (own stream: the bookings' stays as it was)
    const eventsRng = forkRng(seed, `${space.key}/events`);
    const planned = planLiveEvents(sim, eventsRng, space, closed);
    simulateLiveSpace(sim, forkRng(seed, space.key), space, closed, { demoCoworker: space.key === 'diessen' });
    registerLiveEvents(sim, eventsRng, space, planned);
  }
  // The towns' earlier events, long before the simulated weeks (so no booking of those weeks is near them).
  const [wittenberge, moelln] = ['wittenberge', 'moelln'].map((key) => LIVE_SPACES.find((s) => s.key === key)!);
  wittenbergeTrialDays(sim, forkRng(seed, 'wittenberge/2023'), wittenberge!);
  moellnThemeWeek(sim, forkRng(seed, 'moelln/2022'), moelln!);

  sim.finish();
  const byStart = (a: SimBooking, b: SimBooking) =>
    a.start.getTime() - b.start.getTime() || a.spaceKey.localeCompare(b.spaceKey) || a.deskIndex - b.deskIndex;
  const bookings = [...sim.bookings].sort(byStart);
  return {
    spaces: [POPUP, ...LIVE_SPACES],
    users: sim.users,
    bookings,
    turnedAway: sim.turnedAway,
    closures,
    events: sim.events,
    surveys: generateDemoSurveys({ now: opts.now, seed, bookings }),
  };
}
