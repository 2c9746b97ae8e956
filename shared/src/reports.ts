import { Type, type Static } from '@sinclair/typebox';
import { Id, Month } from './primitives.js';

const Hours = (description: string) => Type.Number({ minimum: 0, description });
const Count = (description: string) => Type.Integer({ minimum: 0, description });

/** Desk-hours of one local weekday (1 = Monday) or one local clock hour [h:00, h+1:00). */
const DeskHoursSplit = {
  availableDeskHours: Hours('Available desk-hours in this part'),
  bookedDeskHours: Hours('Booked desk-hours in this part'),
  occupiedDeskHours: Hours('Checked-in desk-hours in this part'),
};

export const WeekdayFigures = Type.Object({ weekday: Type.Integer({ minimum: 1, maximum: 7 }), ...DeskHoursSplit });
export type WeekdayFigures = Static<typeof WeekdayFigures>;
export const HourFigures = Type.Object({ hour: Type.Integer({ minimum: 0, maximum: 23 }), ...DeskHoursSplit });
export type HourFigures = Static<typeof HourFigures>;
export const GroupFigures = Type.Object({
  group: Type.String({ description: 'A user group; groups with fewer than 3 users are folded into `other`' }),
  users: Count('Distinct accounts of this group with a counting booking starting in the month'),
  bookings: Count('Their counting bookings starting in the month'),
});
export type GroupFigures = Static<typeof GroupFigures>;

/**
 * Events that start in the month and are not cancelled (contract: the monthly report's `events`).
 * Events add nothing to `bookedDeskHours`; `deskHours` is what they take of the desks (inside
 * opening hours), to be read next to utilisation.
 */
export const EventFigures = Type.Object({
  held: Count('Events starting in the month, not cancelled'),
  capacity: Count('Σ of their capacity (places)'),
  registered: Count('Registrations holding a place: registered or attended'),
  attended: Count('Registrations checked in at the event'),
  waitlisted: Count('Registrations still waiting'),
  deskHours: Hours('Desk-hours the events take: Σ over their places of kind desk of the part inside opening hours'),
  noShows: Count('Registered and not checked in, of events that have ended'),
});
export type EventFigures = Static<typeof EventFigures>;
/** The event figures in the order files print them. */
export const EVENT_FIGURES = [
  'held',
  'capacity',
  'registered',
  'attended',
  'waitlisted',
  'deskHours',
  'noShows',
] as const satisfies readonly (keyof EventFigures)[];

/** The same figures for the events of one kind (workshop, trial_day, meeting, other). */
export const EventKindFigures = Type.Composite([
  Type.Object({ kind: Type.String({ description: 'workshop, trial_day, meeting or other' }) }),
  EventFigures,
]);
export type EventKindFigures = Static<typeof EventKindFigures>;

/** Who came to events, by group; a group with fewer than 3 people is folded into `other`. */
export const EventGroupFigures = Type.Object({
  group: Type.String(),
  people: Count('Distinct accounts of this group holding a place at an event of the month'),
  registrations: Count('Their registrations holding a place (registered or attended)'),
  attended: Count('Of those, checked in'),
});
export type EventGroupFigures = Static<typeof EventGroupFigures>;

/** A room or table (a place of kind room): not in the desk-hours, reported on its own. */
export const RoomFigures = Type.Object({
  deskId: Id,
  name: Type.String(),
  seats: Type.Union([Type.Integer(), Type.Null()]),
  availableHours: Hours('Σ over open days of the opening intervals while the room is active'),
  bookedHours: Hours('Counting bookings of the room, inside opening hours'),
  eventHours: Hours('Events taking the room, inside opening hours'),
});
export type RoomFigures = Static<typeof RoomFigures>;

/** The figures of one space and one month (docs/reports.md defines each). */
export const MonthFigures = Type.Object({
  spaceId: Id,
  spaceName: Type.String(),
  town: Type.String(),
  month: Month,
  timezone: Type.String(),
  openDays: Count('Local dates of the month inside the space’s life, not closed, with opening hours'),
  availableDeskHours: Hours('Σ over open days and their opening intervals of length × desks active that day'),
  bookedDeskHours: Hours('Σ over counting bookings of their part inside the month and inside opening intervals'),
  occupiedDeskHours: Hours('The same for checked-in bookings'),
  utilisation: Type.Number({ minimum: 0, description: 'booked / available (0 when nothing is available)' }),
  occupancy: Type.Number({ minimum: 0, description: 'occupied / available (0 when nothing is available)' }),
  bookings: Count('Counting bookings (confirmed, checked in) starting in the month'),
  cancellations: Count('Cancelled bookings starting in the month'),
  noShows: Count('No-show bookings starting in the month'),
  uniqueUsers: Count('Distinct accounts (not guests) with a counting booking starting in the month'),
  newUsers: Count('Those whose first counting booking in this space starts in the month'),
  guestBookings: Count('Counting bookings of walk-in guests starting in the month (part of `bookings`)'),
  peakConcurrentDesks: Count('Most counting bookings overlapping one instant of the month'),
  turnedAway: Count('turnedAwayAttempts + waitlistEntries'),
  turnedAwayAttempts: Count('Booking attempts for the month rejected because the desk was taken'),
  waitlistEntries: Count('Waitlist entries for dates in the month (one per person and date)'),
  events: EventFigures,
});
export type MonthFigures = Static<typeof MonthFigures>;

export const MonthlyReport = Type.Composite([
  MonthFigures,
  Type.Object({
    byWeekday: Type.Array(WeekdayFigures, { minItems: 7, maxItems: 7 }),
    byHour: Type.Array(HourFigures, { minItems: 24, maxItems: 24 }),
    byGroup: Type.Array(GroupFigures),
    eventsByKind: Type.Array(EventKindFigures, { description: 'One row per kind with events in the month' }),
    eventsByGroup: Type.Array(EventGroupFigures),
    rooms: Type.Array(RoomFigures, { description: 'Rooms and tables of the space (not in the desk-hours)' }),
  }),
]);
export type MonthlyReport = Static<typeof MonthlyReport>;

export const CSV_LOCALES = ['en', 'de'] as const;

/** CSV output options: `locale=de` = `;`, decimal comma and a UTF-8 BOM (German Excel). */
const CsvOptions = {
  format: Type.Optional(
    Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')], {
      description: 'Answer format; default from Accept (application/json, text/csv or the xlsx media type)',
    }),
  ),
  layout: Type.Optional(
    Type.Union([Type.Literal('machine'), Type.Literal('wide')], {
      description:
        'CSV layout: machine (default, English keys, unchanged) or wide (one row per space-month, titled columns in the locale)',
    }),
  ),
  locale: Type.Optional(
    Type.Union(
      CSV_LOCALES.map((l) => Type.Literal(l)),
      {
        description:
          'Language and number format. Machine CSV: en = RFC 4180 (`,`, decimal point; the default), de = German Excel (`;`, decimal comma, BOM). Wide CSV and xlsx: de (the default) or en titles and numbers',
      },
    ),
  ),
  delimiter: Type.Optional(
    Type.Union([Type.Literal(','), Type.Literal(';'), Type.Literal('tab')], {
      description: 'CSV field separator (overrides locale)',
    }),
  ),
  decimal: Type.Optional(
    Type.Union([Type.Literal('point'), Type.Literal('comma')], { description: 'CSV decimal mark (overrides locale)' }),
  ),
  bom: Type.Optional(
    Type.Boolean({ description: 'Start the CSV with a UTF-8 byte order mark (default: only for locale=de)' }),
  ),
};

export const MonthlyReportQuery = Type.Object({ month: Month, ...CsvOptions }, { additionalProperties: false });
export type MonthlyReportQuery = Static<typeof MonthlyReportQuery>;

export const UsageQuery = Type.Object(
  { from: Month, to: Month, spaceId: Type.Optional(Id), ...CsvOptions },
  { additionalProperties: false },
);
export type UsageQuery = Static<typeof UsageQuery>;

export const UsageReport = Type.Array(MonthFigures);
export type UsageReport = Static<typeof UsageReport>;

/** The xlsx media type (`format=xlsx` or this in Accept). */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MonthNamed = (description: string) => Type.String({ pattern: Month.pattern, description });

export const ReportMonthsQuery = Type.Object({ spaceId: Type.Optional(Id) }, { additionalProperties: false });
export type ReportMonthsQuery = Static<typeof ReportMonthsQuery>;

/** The months a report can be asked for: the space's (or spaces') whole life so far. */
export const ReportMonths = Type.Object({
  from: MonthNamed('Earliest of the opening month and the first booking’s month (the current month when no data)'),
  to: MonthNamed('The current month, or the closing month when closed before'),
  current: MonthNamed('This month (space’s zone; Europe/Berlin for several spaces)'),
  lastComplete: MonthNamed('The last month that has ended and is not after `to` (a sensible default)'),
});
export type ReportMonths = Static<typeof ReportMonths>;

/** The figures a season shows per month and in total (a sum over spaces: ratios from the sums). */
export const SeasonFigures = Type.Object({
  openDays: Count('Open days (summed over spaces)'),
  availableDeskHours: Hours('Available desk-hours'),
  bookedDeskHours: Hours('Booked desk-hours'),
  occupiedDeskHours: Hours('Checked-in desk-hours'),
  utilisation: Type.Number({ minimum: 0, description: 'booked / available from the sums (0 when nothing available)' }),
  occupancy: Type.Number({ minimum: 0, description: 'occupied / available from the sums (0 when nothing available)' }),
  bookings: Count('Counting bookings starting in the month(s)'),
  cancellations: Count('Cancelled bookings starting in the month(s)'),
  noShows: Count('No-show bookings starting in the month(s)'),
  uniqueUsers: Count('Distinct accounts over the month(s) and spaces (not a sum)'),
  newUsers: Count('New users, summed over spaces and months'),
  guestBookings: Count('Counting bookings of walk-in guests'),
  peakConcurrentDesks: Count('The highest per-space peak'),
  turnedAway: Count('turnedAwayAttempts + waitlistEntries'),
  turnedAwayAttempts: Count('Booking attempts rejected because the desk was taken'),
  waitlistEntries: Count('Waitlist entries for dates in the month(s)'),
  /** the events of the month(s), summed over months and spaces */
  events: EventFigures,
});
export type SeasonFigures = Static<typeof SeasonFigures>;

export const SeasonMonth = Type.Composite([
  Type.Object({
    month: Month,
    complete: Type.Boolean({ description: 'false for the current month and any later one' }),
  }),
  SeasonFigures,
]);
export type SeasonMonth = Static<typeof SeasonMonth>;

/** One space (or all the caller may see) from month A to month B, month by month, with totals. */
export const SeasonReport = Type.Object({
  from: Month,
  to: Month,
  spaceId: Type.Union([Id, Type.Null()], { description: 'null: all spaces the caller may see reports of' }),
  spaceName: Type.Union([Type.String(), Type.Null()]),
  town: Type.Union([Type.String(), Type.Null()]),
  timezone: Type.Union([Type.String(), Type.Null()], { description: 'The space’s zone; null for several spaces' }),
  months: Type.Array(SeasonMonth),
  totals: SeasonFigures,
});
export type SeasonReport = Static<typeof SeasonReport>;

export const SeasonQuery = UsageQuery;
export type SeasonQuery = Static<typeof SeasonQuery>;
