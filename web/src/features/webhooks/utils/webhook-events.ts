import { WEBHOOK_EVENTS, type WebhookEvent } from '@popdesk/shared';

/** The chosen events with one switched on or off, always in the order of WEBHOOK_EVENTS. */
export const toggleEvent = (events: WebhookEvent[], event: WebhookEvent, on: boolean): WebhookEvent[] =>
  on ? WEBHOOK_EVENTS.filter((x) => x === event || events.includes(x)) : events.filter((x) => x !== event);
