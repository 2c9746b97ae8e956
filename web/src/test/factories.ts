/**
 * Typed test data: one complete, valid object per wire type with fixed, readable defaults, and
 * the fields a test is about given as overrides (`aBooking({ status: 'cancelled' })`). The types
 * are the shared ones, so a field added to the contract shows up here once, not in every test.
 */
import type {
  Availability,
  Booking,
  Desk,
  Event,
  Me,
  OutboxMessage,
  PrivacyInfo,
  Registration,
  Space,
  SpaceDetail,
  SpaceSummary,
  User,
  WaitlistEntry,
  Webhook,
  WebhookDelivery,
} from '@popdesk/shared';

export const TEST_TZ = 'Europe/Berlin';

/** Dorfbüro in Neuruppin: 28 days ahead, no check-in, released after 30 minutes. */
export const aSpace = (over: Partial<Space> = {}): Space => ({
  id: 's1',
  name: 'Dorfbüro',
  town: 'Neuruppin',
  address: null,
  description: null,
  timezone: TEST_TZ,
  opensOn: null,
  closesOn: null,
  bookingHorizonDays: 28,
  minBookingMinutes: 30,
  maxFutureBookingsPerPerson: null,
  checkInRequired: false,
  releaseAfterMinutes: 30,
  deskCount: 2,
  coworkersMayBookRooms: false,
  ...over,
});

/** A space of the list: open around the clock every day, no closures ahead. */
export const aSpaceSummary = (over: Partial<SpaceSummary> = {}): SpaceSummary => ({
  ...aSpace(),
  openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
  upcomingClosures: [],
  ...over,
});

export const aSpaceDetail = (over: Partial<SpaceDetail> = {}): SpaceDetail => ({
  ...aSpace(),
  desks: [],
  openingHours: [],
  closures: [],
  ...over,
});

export const aDesk = (over: Partial<Desk> = {}): Desk => ({
  id: 'd1',
  spaceId: 's1',
  name: 'Fenster',
  activeFrom: null,
  activeUntil: null,
  kind: 'desk',
  seats: null,
  features: [],
  ...over,
});

/** Erika's confirmed booking of desk Fenster, 09:00–12:00 Berlin time on 3 June 2031. */
export const aBooking = (over: Partial<Booking> = {}): Booking => ({
  id: 'b1',
  deskId: 'd1',
  spaceId: 's1',
  userId: 'u1',
  guestName: null,
  start: '2031-06-03T07:00:00.000Z',
  end: '2031-06-03T10:00:00.000Z',
  status: 'confirmed',
  createdAt: '2031-06-01T07:00:00.000Z',
  checkedInAt: null,
  cancelledAt: null,
  seriesId: null,
  deskName: 'Fenster',
  spaceName: 'Dorfbüro',
  ...over,
});

/** A day with no opening and no desks; give `date`, `open` and `desks` as the test needs. */
export const anAvailability = (over: Partial<Availability> = {}): Availability => ({
  date: '2031-06-03',
  timezone: TEST_TZ,
  open: [],
  desks: [],
  ...over,
});

export const aWaitlistEntry = (over: Partial<WaitlistEntry> = {}): WaitlistEntry => ({
  id: 'w1',
  spaceId: 's1',
  spaceName: 'Dorfbüro',
  date: '2031-06-03',
  start: null,
  end: null,
  status: 'waiting',
  position: 1,
  createdAt: '2031-06-01T07:00:00.000Z',
  notifiedAt: null,
  ...over,
});

export const aUser = (over: Partial<User> = {}): User => ({
  id: 'u1',
  email: 'e@x.de',
  name: 'Erika',
  role: 'coworker',
  group: 'other',
  spaceIds: [],
  locale: 'de',
  ...over,
});

/** The signed-in account as `GET /api/me` answers it. */
export const aMe = (over: Partial<Me> = {}): Me => ({
  ...aUser(),
  calendarUrl: 'http://x/cal.ics',
  ...over,
});

export const aWebhook = (over: Partial<Webhook> = {}): Webhook => ({
  id: 'w1',
  url: 'https://statistik.example.org/popdesk',
  events: ['booking.created', 'booking.cancelled'],
  description: 'Statistik der Gemeinde',
  active: true,
  createdAt: '2031-03-01T08:00:00.000Z',
  ...over,
});

/** A delivery of webhook w1, delivered at the first attempt. */
export const aWebhookDelivery = (over: Partial<WebhookDelivery> = {}): WebhookDelivery => ({
  id: 'd1',
  webhookId: 'w1',
  event: 'booking.created',
  status: 'delivered',
  attempts: 1,
  nextAttemptAt: '2031-03-03T09:00:00.000Z',
  lastStatusCode: 200,
  lastError: null,
  log: [{ at: '2031-03-03T09:00:01.000Z', statusCode: 200, error: null, durationMs: 42 }],
  body: '{}',
  createdAt: '2031-03-03T09:00:00.000Z',
  deliveredAt: '2031-03-03T09:00:01.000Z',
  ...over,
});

/** A booking confirmation to Erika, sent (as a file) at the first attempt. */
export const anOutboxMessage = (over: Partial<OutboxMessage> = {}): OutboxMessage => ({
  id: 'm1',
  kind: 'booking_confirmation',
  bookingId: 'b1',
  to: 'erika@example.org',
  locale: 'de',
  subject: 'Ihre Buchung im Dorfbüro',
  body: 'Hallo Erika,\nTisch Fenster ist für Sie reserviert.',
  attachments: [{ filename: 'buchung.ics', contentType: 'text/calendar' }],
  status: 'sent',
  attempts: 1,
  nextAttemptAt: '2031-03-03T09:00:00.000Z',
  lastError: null,
  transport: 'file',
  createdAt: '2031-03-03T09:00:00.000Z',
  sentAt: '2031-03-03T09:00:05.000Z',
  ...over,
});

/** The operator's privacy details as `GET /api/privacy-info` answers them. */
export const aPrivacyInfo = (over: Partial<PrivacyInfo> = {}): PrivacyInfo => ({
  controller: { name: 'Stadt Mölln', address: 'Markt 12, 23879 Mölln', email: 'datenschutz@moelln.example' },
  dpoEmail: null,
  retentionMonths: 18,
  messageRetentionDays: 30,
  throttleWindowMinutes: 15,
  ...over,
});

/** A public workshop at Dorfbüro, 10:00–12:00 Berlin time on 3 June 2031: 8 places, 2 taken, taking desk d1. */
export const anEvent = (over: Partial<Event> = {}): Event => ({
  id: 'e1',
  spaceId: 's1',
  title: 'Transferwerkstatt',
  description: null,
  kind: 'workshop',
  start: '2031-06-03T08:00:00.000Z',
  end: '2031-06-03T10:00:00.000Z',
  capacity: 8,
  registered: 2,
  waitlisted: 0,
  deskIds: ['d1'],
  public: true,
  status: 'scheduled',
  spaceName: 'Dorfbüro',
  town: 'Neuruppin',
  timezone: TEST_TZ,
  ...over,
});

/** Erika's registration for event e1, holding a place. */
export const aRegistration = (over: Partial<Registration> = {}): Registration => ({
  id: 'r1',
  eventId: 'e1',
  userId: 'u1',
  status: 'registered',
  position: null,
  createdAt: '2031-06-01T07:00:00.000Z',
  ...over,
});
