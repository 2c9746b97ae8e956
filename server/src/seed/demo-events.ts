/**
 * The demo's events: workshops, trial days and meetings with registrations, as the towns held them.
 *
 * - Oestrich-Winkel, October and November 2022: the workshops around the conference table (a room
 *   with ten seats), the Kleinstadtakademie's transfer workshop among them, full with a waitlist.
 *   They take the table, not desks: events add nothing to the booked desk-hours.
 * - Wittenberge, January 2023: "Schnupper-Co-Working" days for regional companies, places capped at
 *   six companies; eight people came in all (documented), spread over three days (ILLUSTRATIVE).
 * - Mölln: a theme week for entrepreneurs, freelancers, pupils and people working from home, the
 *   kick-off full, the rest thinly attended (documented); its dates and titles are ILLUSTRATIVE, and
 *   it meets in the clubhouse's club room, the one Mölln place of the demo.
 * - Around `now`: a breakfast just past and a few upcoming events in the running spaces (one nearly
 *   full, one full with a waitlist, one not public), so that the events pages are not empty.
 *
 * Events are planned before the bookings of their day and take their places in the simulation's
 * occupancy, so no counting booking is ever put over them (the database's triggers refuse that).
 * Who registers follows the simulation's people: regulars of the space or newcomers of fitting groups.
 */
import type { EventKind, UserGroup } from '@popdesk/shared';
import { addDays, isoWeekday, localInstant, parseWallTime } from '../lib/local-time.js';
import { liveWindow } from './live-traffic.js';
import type { Rng } from './random.js';
import {
  DEMO_COWORKER,
  openDays,
  staffKey,
  type SimEvent,
  type SimRegistration,
  type Simulation,
} from './simulation.js';
import { CLUB_ROOM, CONFERENCE_TABLE, deskIndexes, type TownSpace } from './towns.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

interface EventPlan {
  title: string;
  description: string;
  kind: EventKind;
  public?: boolean;
  date: string;
  /** Local wall-clock times, `HH:MM`, inside one opening interval of `date`. */
  from: string;
  to: string;
  capacity: number;
  places: number[];
  createdAt: Date;
  copiedFrom?: number | null;
}

/** Adds a scheduled event (taking its places) and returns its index in `sim.events`. */
function plan(sim: Simulation, space: TownSpace, p: EventPlan): number {
  return sim.addEvent(space, {
    spaceKey: space.key,
    title: p.title,
    description: p.description,
    kind: p.kind,
    start: localInstant(p.date, parseWallTime(p.from), space.timezone),
    end: localInstant(p.date, parseWallTime(p.to), space.timezone),
    capacity: p.capacity,
    public: p.public ?? true,
    status: 'scheduled',
    placeIndexes: p.places,
    createdAt: p.createdAt,
    createdByKey: staffKey(space.key),
    cancelledAt: null,
    copiedFrom: p.copiedFrom ?? null,
    registrations: [],
  });
}

const placeOf = (space: TownSpace, name: string) => {
  const i = space.desks.indexOf(name);
  if (i < 0) throw new Error(`${space.key} has no place ${name}`);
  return i;
};

/**
 * `n` different people free at the event's time: with chance `returning` someone who has come
 * before (to `poolKey`), otherwise a newcomer of one of `groups` who signs up for it.
 */
function people(
  sim: Simulation,
  rng: Rng,
  event: SimEvent,
  n: number,
  opts: { poolKey: string; groups: UserGroup[]; returning: number; exclude?: ReadonlySet<string> },
): string[] {
  const chosen = new Set<string>();
  const usable = (key: string) =>
    !chosen.has(key) && !opts.exclude?.has(key) && sim.personFree(key, event.start, event.end);
  while (chosen.size < n) {
    let key: string | null = null;
    if (rng.chance(opts.returning)) {
      for (let attempt = 0; attempt < 6 && key === null; attempt++) {
        const user = sim.returningUser(rng, opts.poolKey, opts.groups);
        if (user && usable(user.key)) key = user.key;
      }
    }
    key ??= sim.newUser(rng, opts.poolKey, rng.pick(opts.groups), event.createdAt).key;
    chosen.add(key);
  }
  return [...chosen];
}

interface Turnout {
  /** Who registers, in any order: they are sorted by when they register; once full, the rest wait. */
  people: string[];
  /** Of those holding a place when an event has ended, the share checked in (the rest: no-shows). */
  attendance: number;
  /** Chance that someone cancels before the start (the first waiting then moves up). */
  cancel: number;
  /** Walk-in participants staff add at the start of an event that has ended, while places are left. */
  walkIns?: string[];
}

/** Registers `turnout.people` for the event and settles them as seen at `now`. */
function register(sim: Simulation, rng: Rng, index: number, turnout: Turnout) {
  const event = sim.events[index]!;
  const opened = event.createdAt.getTime() + 30 * MINUTE;
  const until = Math.min(event.start.getTime(), sim.now.getTime()) - 10 * MINUTE;
  const times = turnout.people.map(() => opened + Math.floor(rng.next() * (until - opened))).sort((a, b) => a - b);
  const regs: SimRegistration[] = turnout.people.map((userKey, i) => ({
    userKey,
    guestName: null,
    status: 'registered',
    createdAt: new Date(times[i]!),
    createdByKey: userKey,
    promotedAt: null,
    checkedInAt: null,
    cancelledAt: null,
  }));
  const steps = regs.map((r) => ({ at: r.createdAt.getTime(), r, cancel: false }));
  for (const r of regs) {
    const at = r.createdAt.getTime();
    if (rng.chance(turnout.cancel)) steps.push({ at: at + Math.floor(rng.next() * (until - at)), r, cancel: true });
  }
  steps.sort((a, b) => a.at - b.at || Number(a.cancel) - Number(b.cancel));

  // In time order: a place while there is one, else the waitlist; a cancelled place goes to the first waiting.
  let holding = 0;
  const waiting: SimRegistration[] = [];
  for (const { at, r, cancel } of steps) {
    if (!cancel) {
      if (holding < event.capacity) holding++;
      else {
        r.status = 'waitlisted';
        waiting.push(r);
      }
      continue;
    }
    if (r.status === 'registered') {
      holding--;
      const next = waiting.shift();
      if (next) {
        next.status = 'registered';
        next.promotedAt = new Date(at);
        holding++;
      }
    } else waiting.splice(waiting.indexOf(r), 1);
    r.status = 'cancelled';
    r.cancelledAt = new Date(at);
  }

  if (event.end <= sim.now) {
    for (const r of regs) {
      if (r.status !== 'registered' || !rng.chance(turnout.attendance)) continue;
      r.status = 'attended';
      r.checkedInAt = new Date(event.start.getTime() + rng.int(-15, 20) * MINUTE);
    }
    for (const guestName of turnout.walkIns ?? []) {
      if (holding >= event.capacity) break;
      holding++;
      const at = new Date(event.start.getTime() + rng.int(0, 30) * MINUTE);
      regs.push({
        userKey: null,
        guestName,
        status: 'attended',
        createdAt: at,
        createdByKey: event.createdByKey,
        promotedAt: null,
        checkedInAt: at,
        cancelledAt: null,
      });
    }
  }
  for (const r of regs) {
    if (r.userKey && (r.status === 'registered' || r.status === 'attended'))
      sim.holdPerson(r.userKey, event.start, event.end);
  }
  event.registrations.push(...regs);
}

// ---- Oestrich-Winkel: the autumn's workshops at the conference table ----

interface Topic {
  title: string;
  description: string;
  kind: EventKind;
  public?: boolean;
  groups: UserGroup[];
  capacity: number;
  /** How many register: between these. */
  wanted: [number, number];
}

const TRANSFER: Topic = {
  title: 'Transferwerkstatt der Kleinstadtakademie',
  description:
    'Die Modellkommunen der Kleinstadtakademie tauschen ihre Erfahrungen mit Coworking auf Zeit aus: ' +
    'Was hat funktioniert, was bleibt nach dem Pop-up? Ganztägig am Konferenztisch.',
  kind: 'workshop',
  groups: ['municipal_staff', 'volunteer', 'freelancer', 'employee_remote'],
  capacity: 10,
  wanted: [14, 14],
};

const POPUP_TOPICS: Topic[] = [
  {
    title: 'Digital arbeiten im Ehrenamt',
    description: 'Vereinsarbeit mit geteilten Dokumenten, Videokonferenzen und Terminumfragen – zum Mitmachen.',
    kind: 'workshop',
    groups: ['volunteer', 'municipal_staff', 'other'],
    capacity: 10,
    wanted: [4, 9],
  },
  {
    title: 'Remote arbeiten im Rheingau: Erfahrungen teilen',
    description: 'Pendlerinnen, Pendler und mobil Arbeitende erzählen, wie ihr Arbeitstag vor Ort aussieht.',
    kind: 'workshop',
    groups: ['employee_remote', 'commuter', 'freelancer'],
    capacity: 10,
    wanted: [5, 10],
  },
  {
    title: 'Sprechstunde Gründung und Selbstständigkeit',
    description: 'Fragen rund um Gründung, Förderung und Selbstständigkeit – in kleiner Runde.',
    kind: 'meeting',
    groups: ['freelancer', 'student', 'other'],
    capacity: 6,
    wanted: [2, 6],
  },
  {
    title: 'Werkstatt: Leerstand in der Innenstadt nutzen',
    description: 'Ideen für leere Ladenlokale nach dem Pop-up: Stadtverwaltung, Vereine und Gewerbe an einem Tisch.',
    kind: 'workshop',
    groups: ['municipal_staff', 'volunteer', 'freelancer', 'commuter'],
    capacity: 10,
    wanted: [4, 9],
  },
  {
    title: 'Netzwerktreffen Gewerbeverein',
    description: 'Treffen der Mitglieder des Gewerbevereins (nicht öffentlich).',
    kind: 'meeting',
    public: false,
    groups: ['freelancer', 'other', 'commuter'],
    capacity: 10,
    wanted: [4, 8],
  },
];

const POPUP_GUESTS = ['Gast (Kleinstadtakademie)', 'Gast aus Eltville', 'Gast (Gewerbeverein)'];

/**
 * A workshop day at the pop-up: an event at the conference table, planned two to four weeks ahead,
 * with its registrations. The transfer workshop lasts the day; the others a morning or afternoon.
 */
export function popupWorkshop(
  sim: Simulation,
  rng: Rng,
  space: TownSpace,
  w: { date: string; startMin: number; endMin: number; transfer: boolean; nth: number; notBefore: Date },
): SimEvent {
  // the topics take turns, so the autumn has a bit of each
  const topic = w.transfer ? TRANSFER : POPUP_TOPICS[w.nth % POPUP_TOPICS.length]!;
  const start = localInstant(w.date, w.startMin, space.timezone);
  const planned = Math.max(w.notBefore.getTime(), start.getTime() - rng.int(14, 28) * DAY);
  const index = plan(sim, space, {
    ...topic,
    date: w.date,
    from: wall(w.startMin),
    to: wall(w.endMin),
    capacity: topic.capacity,
    places: [placeOf(space, CONFERENCE_TABLE)],
    createdAt: new Date(Math.min(planned, sim.now.getTime())),
  });
  const wanted = rng.int(...topic.wanted);
  register(sim, rng, index, {
    people: people(sim, rng, sim.events[index]!, wanted, { poolKey: space.key, groups: topic.groups, returning: 0.5 }),
    attendance: 0.85,
    cancel: w.transfer ? 0.1 : 0.06,
    walkIns: rng.chance(0.3) ? [rng.pick(POPUP_GUESTS)] : [],
  });
  return sim.events[index]!;
}

const wall = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

// ---- Wittenberge, January 2023: Schnupper-Co-Working for regional companies ----

/** Three trial days, six places each (one per company); eight people came (one more did not). */
export function wittenbergeTrialDays(sim: Simulation, rng: Rng, space: TownSpace) {
  const dates = ['2023-01-12', '2023-01-19', '2023-01-26'];
  if (localInstant(dates[2]!, 24 * 60, space.timezone) > sim.now) return;
  const poolKey = `${space.key}@2023`;
  const places = deskIndexes(space).slice(0, 6);
  const announced = localInstant('2022-12-05', 10 * 60, space.timezone);
  const day = {
    title: 'Schnupper-Co-Working für Unternehmen der Region',
    description:
      'Beschäftigte regionaler Unternehmen arbeiten einen Tag lang im Coworking-Space. Anmeldung erforderlich: ' +
      'Plätze für sechs Unternehmen, je ein Arbeitsplatz.',
    kind: 'trial_day' as const,
    from: '09:00',
    to: '16:00',
    capacity: 6,
    places,
  };
  // the first day, then duplicated for the two following Thursdays (a series)
  const first = plan(sim, space, { ...day, date: dates[0]!, createdAt: announced });
  const series = [
    first,
    ...dates.slice(1).map((date, i) =>
      plan(sim, space, {
        ...day,
        date,
        createdAt: new Date(announced.getTime() + (i + 1) * 20 * MINUTE),
        copiedFrom: first,
      }),
    ),
  ];
  const person = (event: number) =>
    sim.newUser(rng, poolKey, rng.weighted({ employee_remote: 3, commuter: 2 }), sim.events[event]!.createdAt).key;
  // A–D on the first day; E and F on the second, where G cancelled and came a week later with H; I never came.
  const [a, b, c, d, e, f, g, h, i] = Array.from({ length: 9 }, () => person(first));
  const outcomes: [number, string, 'attended' | 'registered' | 'cancelled'][] = [
    ...[a, b, c, d].map((k): [number, string, 'attended'] => [series[0]!, k!, 'attended']),
    [series[1]!, e!, 'attended'],
    [series[1]!, f!, 'attended'],
    [series[1]!, g!, 'cancelled'],
    [series[2]!, g!, 'attended'],
    [series[2]!, h!, 'attended'],
    [series[2]!, i!, 'registered'],
  ];
  for (const [index, userKey, status] of outcomes) {
    const event = sim.events[index]!;
    const createdAt = new Date(event.createdAt.getTime() + rng.int(2, 20) * DAY + rng.int(0, 20) * 30 * MINUTE);
    event.registrations.push({
      userKey,
      guestName: null,
      status,
      createdAt,
      createdByKey: userKey,
      promotedAt: null,
      checkedInAt: status === 'attended' ? new Date(event.start.getTime() + rng.int(-10, 25) * MINUTE) : null,
      cancelledAt: status === 'cancelled' ? new Date(event.start.getTime() - rng.int(1, 3) * DAY) : null,
    });
    if (status !== 'cancelled') sim.holdPerson(userKey, event.start, event.end);
  }
}

// ---- Mölln: the theme week ----

const THEME_WEEK = [
  {
    date: '2022-09-19',
    from: '14:00',
    to: '16:00',
    title: 'Auftakt der Themenwoche „Arbeiten, wo man lebt“',
    description: 'Eröffnung mit Bürgermeister, Sportverein und Gästen aus anderen Coworking-Spaces der Region.',
    kind: 'other' as const,
    capacity: 30,
    wanted: 36,
    room: true,
    groups: ['freelancer', 'employee_remote', 'commuter', 'student', 'volunteer', 'other'] as UserGroup[],
  },
  {
    date: '2022-09-20',
    from: '10:00',
    to: '12:30',
    title: 'Gründen und selbstständig arbeiten in Mölln',
    description: 'Beratung und Austausch für Gründerinnen, Gründer und Selbstständige.',
    kind: 'workshop' as const,
    capacity: 20,
    wanted: 5,
    room: true,
    groups: ['freelancer', 'other'] as UserGroup[],
  },
  {
    date: '2022-09-21',
    from: '08:30',
    to: '16:00',
    title: 'Coworking ausprobieren: ein Tag am Arbeitsplatz',
    description: 'Ein kostenloser Probearbeitstag für alle, die sonst zu Hause arbeiten.',
    kind: 'trial_day' as const,
    capacity: 6,
    wanted: 3,
    room: false,
    groups: ['employee_remote', 'commuter', 'freelancer'] as UserGroup[],
  },
  {
    date: '2022-09-22',
    from: '13:30',
    to: '15:30',
    title: 'Schülerinnen und Schüler: Arbeiten mit Laptop und Netz',
    description: 'Wie arbeitet man ortsunabhängig? Für Schülerinnen und Schüler ab Klasse 9.',
    kind: 'workshop' as const,
    capacity: 20,
    wanted: 4,
    room: true,
    groups: ['student'] as UserGroup[],
  },
  {
    date: '2022-09-23',
    from: '10:00',
    to: '12:00',
    title: 'Sprechstunde Homeoffice und mobiles Arbeiten',
    description: 'Fragen zu Homeoffice, Arbeitsrecht und Coworking in offener Runde.',
    kind: 'meeting' as const,
    capacity: 10,
    wanted: 2,
    room: true,
    groups: ['employee_remote', 'commuter'] as UserGroup[],
  },
];

export function moellnThemeWeek(sim: Simulation, rng: Rng, space: TownSpace) {
  if (localInstant('2022-09-24', 0, space.timezone) > sim.now) return;
  const poolKey = `${space.key}@2022`;
  const announced = localInstant('2022-08-22', 10 * 60, space.timezone);
  const room = placeOf(space, CLUB_ROOM);
  const desks = deskIndexes(space);
  let kickOff = true;
  for (const day of THEME_WEEK) {
    const index = plan(sim, space, {
      ...day,
      places: day.room ? [room] : desks,
      createdAt: announced,
    });
    register(sim, rng, index, {
      // the follow-ups draw on the kick-off's guests as much as on newcomers
      people: people(sim, rng, sim.events[index]!, day.wanted, {
        poolKey,
        groups: day.groups,
        returning: kickOff ? 0 : 0.5,
      }),
      attendance: kickOff ? 0.9 : 0.6,
      cancel: 0.05,
    });
    kickOff = false;
  }
}

// ---- Around `now`: the running spaces ----

interface LivePlan {
  index: number;
  wanted: number;
  groups: UserGroup[];
  withDemoCoworker?: boolean;
  attendance: number;
}

/** The first open day in [from, to] days from today with the weekday and an interval holding [s, e]. */
function liveDay(
  space: TownSpace,
  closed: ReadonlySet<string>,
  now: Date,
  days: [number, number],
  weekdays: number[],
  [s, e]: [string, string],
): string | null {
  const { today } = liveWindow(space, now);
  const fits = openDays(space, closed, addDays(today, days[0]), addDays(today, days[1])).find(
    (d) =>
      weekdays.includes(isoWeekday(d.date)) &&
      d.slots.some((slot) => slot.opens <= parseWallTime(s) && parseWallTime(e) <= slot.closes),
  );
  return fits?.date ?? null;
}

/**
 * Plans the events of a running space around `now` before its bookings are simulated (they take
 * their places first); `registerLiveEvents` fills them once the space has its regulars.
 */
export function planLiveEvents(sim: Simulation, rng: Rng, space: TownSpace, closed: ReadonlySet<string>): LivePlan[] {
  const plans: LivePlan[] = [];
  const add = (
    p: Omit<EventPlan, 'date' | 'createdAt'> & { days: [number, number]; weekdays: number[] },
    turnout: Omit<LivePlan, 'index'>,
  ) => {
    const date = liveDay(space, closed, sim.now, p.days, p.weekdays, [p.from, p.to]);
    if (!date) return;
    // announced two or three weeks ahead, and (for an upcoming one) some days ago at the latest
    const start = localInstant(date, parseWallTime(p.from), space.timezone).getTime();
    const announced = Math.min(start - rng.int(14, 21) * DAY, sim.now.getTime() - rng.int(3, 6) * DAY);
    plans.push({ index: plan(sim, space, { ...p, date, createdAt: new Date(announced) }), ...turnout });
  };
  const desks = deskIndexes(space);
  switch (space.key) {
    case 'diessen':
      add(
        {
          title: 'Coworking-Frühstück: Neu im Denkerhaus',
          description: 'Wer neu im Haus ist, lernt beim Frühstück die anderen kennen.',
          kind: 'meeting',
          from: '08:30',
          to: '10:00',
          capacity: 12,
          places: [],
          days: [-12, -5],
          weekdays: [1, 2, 3, 4, 5],
        },
        { wanted: 9, groups: ['freelancer', 'commuter', 'employee_remote'], attendance: 0.8 },
      );
      add(
        {
          title: 'Vortrag und Gespräch: Die Zukunft der Arbeit auf dem Land',
          description: 'Wie verändern Homeoffice und Coworking das Arbeiten am Ammersee? Vortrag mit Diskussion.',
          kind: 'other',
          from: '18:00',
          to: '19:30',
          capacity: 25,
          places: [],
          days: [6, 14],
          weekdays: [2, 3, 4],
        },
        {
          wanted: 23, // nearly full
          groups: ['commuter', 'freelancer', 'employee_remote', 'volunteer', 'other'],
          withDemoCoworker: true,
          attendance: 0.85,
        },
      );
      add(
        {
          title: 'Workshop: Gut arbeiten zwischen Homeoffice und Büro',
          description: 'Werkzeuge und Routinen für hybrides Arbeiten – vier Arbeitsplätze sind dafür reserviert.',
          kind: 'workshop',
          from: '10:00',
          to: '13:00',
          capacity: 8,
          places: desks.slice(-4),
          days: [9, 20],
          weekdays: [6],
        },
        { wanted: 3, groups: ['employee_remote', 'commuter'], attendance: 0.85 },
      );
      break;
    case 'wittenberge':
      add(
        {
          title: 'Kostenloser Probearbeitstag für Beschäftigte',
          description:
            'Ortsansässige Unternehmen laden ihre Beschäftigten zu einem kostenlosen Probearbeitstag ein. ' +
            'Vier Arbeitsplätze sind reserviert.',
          kind: 'trial_day',
          from: '09:00',
          to: '17:00',
          capacity: 4,
          places: desks.slice(-4),
          days: [8, 15],
          weekdays: [2, 3, 4],
        },
        { wanted: 3, groups: ['employee_remote', 'commuter'], attendance: 0.85 },
      );
      break;
    case 'dippoldiswalde':
      add(
        {
          title: 'Sprechstunde: Mobiles Arbeiten in der Stadtverwaltung',
          description: 'Für Beschäftigte der Stadtverwaltung: Fragen zu Dienstvereinbarung und Ausstattung.',
          kind: 'meeting',
          public: false,
          from: '13:00',
          to: '14:30',
          capacity: 8,
          places: [],
          days: [4, 10],
          weekdays: [1, 2, 3, 4],
        },
        { wanted: 10, groups: ['municipal_staff'], attendance: 0.85 }, // full, two waiting
      );
      break;
  }
  return plans;
}

/** Registrations for the planned events, by the space's regulars (and the demo coworker in Dießen). */
export function registerLiveEvents(sim: Simulation, rng: Rng, space: TownSpace, plans: LivePlan[]) {
  for (const p of plans) {
    const event = sim.events[p.index]!;
    const demo = p.withDemoCoworker && sim.personFree(DEMO_COWORKER, event.start, event.end) ? [DEMO_COWORKER] : [];
    const others = people(sim, rng, event, p.wanted - demo.length, {
      poolKey: space.key,
      groups: p.groups,
      returning: 0.8,
      exclude: new Set(demo),
    });
    register(sim, rng, p.index, {
      people: [...demo, ...others],
      attendance: p.attendance,
      cancel: 0.04,
    });
  }
}
