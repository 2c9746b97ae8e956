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
});
export type MonthFigures = Static<typeof MonthFigures>;

export const MonthlyReport = Type.Composite([
  MonthFigures,
  Type.Object({
    byWeekday: Type.Array(WeekdayFigures, { minItems: 7, maxItems: 7 }),
    byHour: Type.Array(HourFigures, { minItems: 24, maxItems: 24 }),
    byGroup: Type.Array(GroupFigures),
  }),
]);
export type MonthlyReport = Static<typeof MonthlyReport>;

export const CSV_LOCALES = ['en', 'de'] as const;

/** CSV output options: `locale=de` = `;`, decimal comma and a UTF-8 BOM (German Excel). */
const CsvOptions = {
  format: Type.Optional(
    Type.Union([Type.Literal('json'), Type.Literal('csv')], { description: 'Answer format; default from Accept' }),
  ),
  locale: Type.Optional(
    Type.Union(
      CSV_LOCALES.map((l) => Type.Literal(l)),
      { description: 'CSV flavour: en = RFC 4180 (`,`, decimal point), de = German Excel (`;`, decimal comma, BOM)' },
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
