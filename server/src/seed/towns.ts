/**
 * The five towns of the Kleinstadtakademie pilot "StadtLabor Kleinstadt – Digitale Arbeitswelten"
 * (2021–2023: Oestrich-Winkel, Wittenberge, Mölln, Dießen am Ammersee, Dippoldiswalde), as the
 * demo data's spaces.
 *
 * What is documented (press releases of the town of Oestrich-Winkel, CoWorkLand and the
 * Kleinstadtakademie, 2022): the Oestrich-Winkel pop-up in Rheingaustraße 70 with seven desks, a
 * conference table, free of charge, booking ahead, opened 21 June 2022, Monday to Thursday from 9;
 * Wittenberge's coworking space in Laborstraße 1 and its "Schnupper-Co-Working" days for regional
 * companies (January 2023, places for six companies, eight people came); Mölln's coworking space in
 * the clubhouse at the Waldsportplatz, and Mölln's theme week of events (a full kick-off, thin follow-ups); the Ammersee Denkerhaus in Dießen, open since 7 January 2013.
 * Everything marked ILLUSTRATIVE is a plausible choice of ours, not a fact.
 */
import type { UserGroup } from '@popdesk/shared';
import { parseWallTime, type OpeningSlot } from '../lib/local-time.js';

/** German federal state, for its public holidays. */
export type StateCode = 'HE' | 'BB' | 'SH' | 'BY' | 'SN';

export interface TownSpace {
  /** Stable slug: demo staff e-mails and the model's random streams are keyed by it. */
  key: string;
  name: string;
  town: string;
  state: StateCode;
  address: string;
  description: string;
  timezone: string;
  opensOn: string | null;
  closesOn: string | null;
  bookingHorizonDays: number;
  checkInRequired: boolean;
  releaseAfterMinutes: number;
  /** Fair use (ILLUSTRATIVE where set): the shortest own booking; upcoming bookings per person. */
  minBookingMinutes?: number;
  maxFutureBookingsPerPerson?: number | null;
  /** The bookable places in order: desks, and the rooms or tables named in `roomSeats`. */
  desks: string[];
  /** Places of `desks` that are a room or table (kind room, not in the desk-hours), with their seats. */
  roomSeats?: Readonly<Record<string, number>>;
  /** Coworkers may book the rooms themselves (otherwise only staff). */
  coworkersMayBookRooms?: boolean;
  hours: OpeningSlot[];
  /** Who comes (weights of `group` for new users). ILLUSTRATIVE everywhere. */
  audience: Partial<Record<UserGroup, number>>;
  /** Ordinary-day demand as a share of the desks of kind desk (live traffic only). ILLUSTRATIVE. */
  demandShare: number;
}

/** Weekly hours: the same intervals on each of the given ISO weekdays. */
function weekly(weekdays: number[], ...intervals: [string, string][]): OpeningSlot[] {
  return weekdays.flatMap((weekday) =>
    intervals.map(([opens, closes]) => ({
      weekday,
      opensMinute: parseWallTime(opens),
      closesMinute: parseWallTime(closes),
    })),
  );
}

const desks = (n: number, label = 'Arbeitsplatz') => Array.from({ length: n }, (_, i) => `${label} ${i + 1}`);

export const CONFERENCE_TABLE = 'Konferenztisch';
/** The club room of the Mölln clubhouse, where the theme week's events met (ILLUSTRATIVE). */
export const CLUB_ROOM = 'Vereinsraum';

/** The indexes into `space.desks` of the places of kind desk (rooms and tables left out). */
export const deskIndexes = (space: TownSpace): number[] =>
  space.desks.flatMap((name, i) => (space.roomSeats?.[name] === undefined ? [i] : []));

export const POPUP: TownSpace = {
  key: 'oestrich-winkel',
  name: 'Pop-up Coworking-Space Oestrich-Winkel',
  town: 'Oestrich-Winkel',
  state: 'HE',
  address: 'Rheingaustraße 70, 65375 Oestrich-Winkel',
  description:
    'Pop-up-Coworking der Stadt Oestrich-Winkel im Erdgeschoss eines Fachwerkhauses im Ortsteil Oestrich, ' +
    'im Modellvorhaben der Kleinstadtakademie „Digitale Arbeitswelten“. Sieben Arbeitsplätze, ein ' +
    'Konferenztisch mit Whiteboard und Flipchart, eine Sitzecke, WLAN. Kostenlos, Buchung vorab erforderlich.',
  timezone: 'Europe/Berlin',
  opensOn: '2022-06-21',
  closesOn: '2022-12-21',
  bookingHorizonDays: 28,
  // Booking ahead was required; check-in on site makes no-shows visible in the reports.
  checkInRequired: true,
  releaseAfterMinutes: 30,
  // The seven desks are documented; the conference table is a room (kind room) with its seats, taken
  // by the autumn's workshops (events) and booked for short meetings. Ten seats are ILLUSTRATIVE.
  desks: [...desks(7), CONFERENCE_TABLE],
  roomSeats: { [CONFERENCE_TABLE]: 10 },
  coworkersMayBookRooms: true, // ILLUSTRATIVE: anyone could book the table for a meeting
  // Monday to Thursday from 9 is documented; the closing time of 17:00 is ILLUSTRATIVE.
  hours: weekly([1, 2, 3, 4], ['09:00', '17:00']),
  audience: {
    commuter: 24,
    employee_remote: 24,
    freelancer: 20,
    municipal_staff: 10,
    volunteer: 8,
    student: 10,
    other: 4,
  },
  demandShare: 0, // the pop-up's history follows its own demand curve (popup-history.ts)
};

/** The four spaces that are open today and get bookings around the current date. */
export const LIVE_SPACES: TownSpace[] = [
  {
    key: 'wittenberge',
    name: 'Coworking Wittenberge',
    town: 'Wittenberge',
    state: 'BB',
    address: 'Laborstraße 1, 19322 Wittenberge',
    description:
      'Bestehender Coworking-Space in der Laborstraße 1. Ortsansässige Unternehmen können hier Probearbeitstage ' +
      'für ihre Beschäftigten buchen.',
    timezone: 'Europe/Berlin',
    // ILLUSTRATIVE: the space existed before the pilot; a date lets the reports reach its
    // Schnupper-Co-Working days of January 2023 (demo-events.ts)
    opensOn: '2022-01-03',
    closesOn: null,
    bookingHorizonDays: 28,
    checkInRequired: false,
    releaseAfterMinutes: 30,
    desks: desks(10), // ILLUSTRATIVE
    hours: weekly([1, 2, 3, 4, 5], ['08:00', '18:00']), // ILLUSTRATIVE
    audience: { employee_remote: 35, commuter: 25, freelancer: 20, student: 8, other: 12 },
    demandShare: 0.45,
  },
  {
    key: 'moelln',
    name: 'Coworking am Waldsportplatz',
    town: 'Mölln',
    state: 'SH',
    address: 'Vereinsheim am Waldsportplatz, 23879 Mölln', // street address ILLUSTRATIVE
    description:
      'Coworking-Space im Vereinsheim des Sportvereins am Waldsportplatz: tagsüber Arbeitsplätze, abends und ' +
      'am Wochenende gehört das Haus wieder dem Verein.',
    timezone: 'Europe/Berlin',
    opensOn: '2022-05-02', // ILLUSTRATIVE: before the theme week of September 2022 (demo-events.ts)
    closesOn: null,
    bookingHorizonDays: 28,
    checkInRequired: false,
    releaseAfterMinutes: 30,
    // fair use, ILLUSTRATIVE: a small house shared with the club – at least an hour, five bookings ahead
    minBookingMinutes: 60,
    maxFutureBookingsPerPerson: 5,
    desks: [...desks(6), CLUB_ROOM], // ILLUSTRATIVE
    roomSeats: { [CLUB_ROOM]: 30 }, // ILLUSTRATIVE; staff book it, the club has it in the evenings
    hours: weekly([1, 2, 3, 4, 5], ['08:00', '16:00']), // ILLUSTRATIVE: the club needs the house from late afternoon
    audience: { commuter: 30, freelancer: 25, employee_remote: 20, volunteer: 15, student: 5, other: 5 },
    demandShare: 0.35,
  },
  {
    key: 'diessen',
    name: 'Ammersee Denkerhaus',
    town: 'Dießen am Ammersee',
    state: 'BY',
    // Sonnenstraße 1 per a 2015 press report; the space may have moved since.
    address: 'Sonnenstraße 1, 86911 Dießen am Ammersee',
    description:
      'Genossenschaftlicher Coworking-Space, seit 2013 geöffnet – einer der ersten auf dem Land. Angebote für ' +
      'Pendlerinnen und Pendler nach München und für Freiwillige der Feuerwehr, die im Ort arbeiten und im ' +
      'Alarmfall schnell am Gerätehaus sind.',
    timezone: 'Europe/Berlin',
    opensOn: '2013-01-07',
    closesOn: null,
    bookingHorizonDays: 28,
    checkInRequired: true, // ILLUSTRATIVE
    releaseAfterMinutes: 60, // ILLUSTRATIVE
    desks: desks(12), // ILLUSTRATIVE
    hours: [...weekly([1, 2, 3, 4, 5], ['08:00', '20:00']), ...weekly([6], ['09:00', '14:00'])], // ILLUSTRATIVE
    audience: { commuter: 35, freelancer: 30, employee_remote: 15, volunteer: 12, student: 3, other: 5 },
    demandShare: 0.55,
  },
  {
    key: 'dippoldiswalde',
    name: 'Probe-Arbeitsplätze Dippoldiswalde',
    town: 'Dippoldiswalde',
    state: 'SN',
    address: 'Markt 2, 01744 Dippoldiswalde', // ILLUSTRATIVE
    description:
      'Kleiner Probe-Coworking-Raum für Beschäftigte der Stadtverwaltung, die ortsnah statt im Rathaus oder zu ' +
      'Hause arbeiten; freie Plätze stehen auch anderen offen.',
    timezone: 'Europe/Berlin',
    opensOn: null,
    closesOn: null,
    bookingHorizonDays: 28,
    checkInRequired: false,
    releaseAfterMinutes: 30,
    desks: desks(4), // ILLUSTRATIVE
    hours: [...weekly([1, 2, 3, 4], ['07:00', '16:00']), ...weekly([5], ['07:00', '13:00'])], // ILLUSTRATIVE
    audience: { municipal_staff: 70, commuter: 10, employee_remote: 10, other: 10 },
    demandShare: 0.5,
  },
];

export const ALL_SPACES: TownSpace[] = [POPUP, ...LIVE_SPACES];
