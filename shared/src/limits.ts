/**
 * The limits the API contract sets, named once: the wire schemas use them, and so do the web
 * forms that check input before sending it and the server code that repeats a rule.
 */

// ---- free text -----------------------------------------------------------------------------

/** A person's, a space's or a town's name, and a walk-in guest's name. */
export const NAME_MAX = 120;
export const DESK_NAME_MAX = 80;
export const ADDRESS_MAX = 300;
export const SPACE_DESCRIPTION_MAX = 2000;
export const CLOSURE_REASON_MAX = 300;
/** Longest date range one closure action may cover (a year, leap day included). */
export const CLOSURE_RANGE_MAX_DAYS = 366;
export const WEBHOOK_DESCRIPTION_MAX = 200;
export const WEBHOOK_URL_MAX = 2000;
export const TIME_ZONE_MAX = 64;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

// ---- space rules ---------------------------------------------------------------------------

/** How many days ahead a space may let people book (`bookingHorizonDays`, 0–366). */
export const BOOKING_HORIZON_MAX_DAYS = 366;
/** Minutes after its start an unchecked booking is released (`releaseAfterMinutes`, 1–1440). */
export const RELEASE_AFTER_MIN_MINUTES = 1;
export const RELEASE_AFTER_MAX_MINUTES = 1440;
/** Fair use: the shortest own booking a space may ask for (`minBookingMinutes`, 5–1440, default 30). */
export const MIN_BOOKING_MINUTES_MIN = 5;
export const MIN_BOOKING_MINUTES_MAX = 1440;
export const MIN_BOOKING_MINUTES_DEFAULT = 30;
/** Fair use: counting bookings not yet ended one person may hold (`maxFutureBookingsPerPerson`, 1–365). */
export const MAX_FUTURE_BOOKINGS_MIN = 1;
export const MAX_FUTURE_BOOKINGS_MAX = 365;
/** Opening-hour intervals of one space's week. */
export const OPENING_HOURS_MAX = 70;

/** Minutes of a day: wall-clock times run from 00:00 to 24:00. */
export const DAY_MINUTES = 1440;

// ---- bookings ------------------------------------------------------------------------------

/** Weekly occurrences of one series (`weeks`, or up to `until`). */
export const SERIES_MAX_WEEKS = 52;
/** `GET /api/bookings?limit=`: the default page and the most one request may ask for. */
export const BOOKING_LIST_DEFAULT = 1000;
export const BOOKING_LIST_MAX = 5000;
/** Space ids one staff account may be given. */
export const ROLE_SPACES_MAX = 1000;

// ---- admin lists ---------------------------------------------------------------------------

/** Months one usage report (`GET /api/reports/usage`) may span. */
export const USAGE_MAX_MONTHS = 36;
/** `limit` of the outbox, webhook deliveries and the audit log. */
export const ADMIN_LIST_DEFAULT = 100;
export const ADMIN_LIST_MAX = 500;
export const AUDIT_OFFSET_MAX = 1_000_000;
export const AUDIT_ACTION_MAX = 100;
export const AUDIT_TARGET_ID_MAX = 200;

// ---- events --------------------------------------------------------------------------------

export const EVENT_TITLE_MAX = 160;
export const EVENT_DESCRIPTION_MAX = 4000;
/** Places one event may have (registrations). */
export const EVENT_CAPACITY_MAX = 10_000;
/** Desks, rooms and tables one event may take. */
export const EVENT_PLACES_MAX = 200;
/** Copies one duplicate request may make (a series of sessions). */
export const EVENT_DUPLICATES_MAX = 52;
/** Seats of a room or table. */
export const ROOM_SEATS_MAX = 1000;

// ---- surveys -------------------------------------------------------------------------------

export const SURVEY_TITLE_MAX = 200;
export const SURVEY_INTRO_MAX = 4000;
/** Questions of one survey, options of one question, and the length of each. */
export const SURVEY_QUESTIONS_MAX = 40;
export const SURVEY_OPTIONS_MIN = 2;
export const SURVEY_OPTIONS_MAX = 20;
export const SURVEY_QUESTION_TEXT_MAX = 500;
export const SURVEY_OPTION_MAX = 200;
export const SURVEY_QUESTION_ID_MAX = 40;
/** A free-text answer. */
export const SURVEY_TEXT_ANSWER_MAX = 2000;
/** Number answers: the widest range a question may allow (kilometres, euros, days …). */
export const SURVEY_NUMBER_LIMIT = 1_000_000;
/** Counts of 1 or 2 respondents are folded: fewer than 3 could single someone out. */
export const SURVEY_FOLD_BELOW = 3;
/** Answer filters one results request may combine. */
export const SURVEY_FILTERS_MAX = 5;
/** The price simulation runs from 0 to this many euros a day, in steps of one euro. */
export const SURVEY_PRICE_MAX = 50;
/**
 * kg CO₂ per car-kilometre avoided: a round figure close to the Umweltbundesamt's average for cars
 * in Germany (about 150 g CO₂-equivalent per passenger-kilometre; docs/surveys.md says more).
 */
export const CO2_KG_PER_KM = 0.15;

// ---- at the door ---------------------------------------------------------------------------

/** A walk-up booking starts now rounded down to this many minutes (contract). */
export const WALK_UP_ROUND_MINUTES = 5;
/** An own booking starting within this many minutes counts as "now" for a walk-up (contract). */
export const WALK_UP_GRACE_MINUTES = 15;
/** A floor plan upload (SVG or PNG), in bytes. */
export const FLOOR_PLAN_MAX_BYTES = 1_000_000;
/** Width and height of a floor plan, in pixels (PNG) or viewBox units (SVG). */
export const FLOOR_PLAN_MAX_SIDE = 10_000;
/** Favourite desks one person may keep. */
export const FAVOURITES_MAX = 50;
