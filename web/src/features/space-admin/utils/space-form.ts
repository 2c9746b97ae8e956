/**
 * The space settings form's values as strings (what inputs hold), their checks, and the body they
 * become. Only changed fields are sent when editing (PATCH needs at least one).
 */
import {
  BOOKING_HORIZON_MAX_DAYS,
  MAX_FUTURE_BOOKINGS_MAX,
  MAX_FUTURE_BOOKINGS_MIN,
  MIN_BOOKING_MINUTES_DEFAULT,
  MIN_BOOKING_MINUTES_MAX,
  MIN_BOOKING_MINUTES_MIN,
  RELEASE_AFTER_MAX_MINUTES,
  RELEASE_AFTER_MIN_MINUTES,
  type CreateSpaceBody,
  type Space,
  type UpdateSpaceBody,
} from '@popdesk/shared';

export interface SpaceFormValues {
  name: string;
  town: string;
  address: string;
  description: string;
  timezone: string;
  opensOn: string;
  closesOn: string;
  bookingHorizonDays: string;
  checkInRequired: boolean;
  releaseAfterMinutes: string;
  /** fair use: the shortest own booking, in minutes */
  minBookingMinutes: string;
  /** fair use: upcoming bookings per person; empty = no limit */
  maxFutureBookingsPerPerson: string;
  /** coworkers may book a room or table themselves (else only the space's team) */
  coworkersMayBookRooms: boolean;
}

export type SpaceFormErrors = Partial<Record<keyof SpaceFormValues, 'required' | 'range' | 'beforeOpens' | 'integer'>>;

export const DEFAULT_TIMEZONE = 'Europe/Berlin';

export function formValues(space?: Partial<Space>): SpaceFormValues {
  return {
    name: space?.name ?? '',
    town: space?.town ?? '',
    address: space?.address ?? '',
    description: space?.description ?? '',
    timezone: space?.timezone ?? DEFAULT_TIMEZONE,
    opensOn: space?.opensOn ?? '',
    closesOn: space?.closesOn ?? '',
    bookingHorizonDays: String(space?.bookingHorizonDays ?? 28),
    checkInRequired: space?.checkInRequired ?? false,
    releaseAfterMinutes: String(space?.releaseAfterMinutes ?? 30),
    minBookingMinutes: String(space?.minBookingMinutes ?? MIN_BOOKING_MINUTES_DEFAULT),
    maxFutureBookingsPerPerson: space?.maxFutureBookingsPerPerson ? String(space.maxFutureBookingsPerPerson) : '',
    coworkersMayBookRooms: space?.coworkersMayBookRooms ?? false,
  };
}

const intIn = (v: string, min: number, max: number) => /^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max;

export function validateSpaceForm(v: SpaceFormValues): SpaceFormErrors {
  const e: SpaceFormErrors = {};
  if (!v.name.trim()) e.name = 'required';
  if (!v.town.trim()) e.town = 'required';
  if (!v.timezone.trim()) e.timezone = 'required';
  if (v.opensOn && v.closesOn && v.closesOn < v.opensOn) e.closesOn = 'beforeOpens';
  if (!intIn(v.bookingHorizonDays, 0, BOOKING_HORIZON_MAX_DAYS)) e.bookingHorizonDays = 'range';
  if (!intIn(v.releaseAfterMinutes, RELEASE_AFTER_MIN_MINUTES, RELEASE_AFTER_MAX_MINUTES))
    e.releaseAfterMinutes = 'range';
  if (!intIn(v.minBookingMinutes, MIN_BOOKING_MINUTES_MIN, MIN_BOOKING_MINUTES_MAX)) e.minBookingMinutes = 'range';
  if (
    v.maxFutureBookingsPerPerson.trim() &&
    !intIn(v.maxFutureBookingsPerPerson, MAX_FUTURE_BOOKINGS_MIN, MAX_FUTURE_BOOKINGS_MAX)
  )
    e.maxFutureBookingsPerPerson = 'range';
  return e;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function createBody(v: SpaceFormValues): CreateSpaceBody {
  return {
    name: v.name.trim(),
    town: v.town.trim(),
    address: orNull(v.address),
    description: orNull(v.description),
    timezone: v.timezone.trim(),
    opensOn: orNull(v.opensOn),
    closesOn: orNull(v.closesOn),
    bookingHorizonDays: Number(v.bookingHorizonDays),
    checkInRequired: v.checkInRequired,
    releaseAfterMinutes: Number(v.releaseAfterMinutes),
    minBookingMinutes: Number(v.minBookingMinutes),
    maxFutureBookingsPerPerson: v.maxFutureBookingsPerPerson.trim() ? Number(v.maxFutureBookingsPerPerson) : null,
    coworkersMayBookRooms: v.coworkersMayBookRooms,
  };
}

/** The fields that differ from the saved space; empty when nothing changed. */
export function changedFields(v: SpaceFormValues, space: Space): UpdateSpaceBody {
  const next = createBody(v);
  const before = createBody(formValues(space));
  return Object.fromEntries(
    Object.entries(next).filter(([k, val]) => before[k as keyof CreateSpaceBody] !== val),
  ) as UpdateSpaceBody;
}
