import type { WebhookEvent } from '@popdesk/shared';

/** Translation keys of the events (i18next keys cannot hold the dots of `booking.created`). */
export const EVENT_KEY = {
  'booking.created': 'created',
  'booking.cancelled': 'cancelled',
  'booking.checked_in': 'checkedIn',
  'booking.no_show': 'noShow',
  'event.created': 'eventCreated',
  'event.cancelled': 'eventCancelled',
  'registration.created': 'registrationCreated',
  'registration.cancelled': 'registrationCancelled',
} as const satisfies Record<WebhookEvent, string>;
