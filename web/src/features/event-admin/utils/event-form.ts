/**
 * The event form's values as the inputs hold them (a local date and wall-clock times in the space's
 * zone), their checks, and the body they become (instants in UTC). Editing sends only what changed.
 */
import {
  EVENT_CAPACITY_MAX,
  EVENT_DESCRIPTION_MAX,
  EVENT_TITLE_MAX,
  type CreateEventBody,
  type Event,
  type EventKind,
  type UpdateEventBody,
} from '@popdesk/shared';
import { isValidDate, localDate, wallTime, zonedInstant } from '../../../lib/dates';

export interface EventFormValues {
  title: string;
  description: string;
  kind: EventKind;
  /** local date `YYYY-MM-DD` in the space's zone */
  date: string;
  /** local wall-clock `HH:MM` */
  start: string;
  end: string;
  capacity: string;
  deskIds: string[];
  public: boolean;
}

export type EventField = 'title' | 'description' | 'kind' | 'date' | 'start' | 'end' | 'capacity' | 'places';
export type EventFormError = 'required' | 'tooLong' | 'time' | 'endBeforeStart' | 'capacityRange' | 'belowRegistered';
export type EventFormErrors = Partial<Record<EventField, EventFormError>>;

export const emptyEventValues = (date: string): EventFormValues => ({
  title: '',
  description: '',
  kind: 'workshop',
  date,
  start: '10:00',
  end: '12:00',
  capacity: '',
  deskIds: [],
  public: true,
});

/** An event's values in its space's zone. */
export function eventValues(event: Event, tz: string): EventFormValues {
  return {
    title: event.title,
    description: event.description ?? '',
    kind: event.kind,
    date: localDate(event.start, tz),
    start: wallTime(event.start, tz),
    end: wallTime(event.end, tz),
    capacity: String(event.capacity),
    deskIds: [...event.deskIds],
    public: event.public,
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Everything wrong with the values (empty when they may be sent); `registered`: places already taken. */
export function validateEvent(v: EventFormValues, registered = 0): EventFormErrors {
  const e: EventFormErrors = {};
  if (!v.title.trim()) e.title = 'required';
  else if (v.title.trim().length > EVENT_TITLE_MAX) e.title = 'tooLong';
  if (v.description.trim().length > EVENT_DESCRIPTION_MAX) e.description = 'tooLong';
  if (!isValidDate(v.date)) e.date = 'required';
  if (!TIME.test(v.start)) e.start = 'time';
  if (!TIME.test(v.end)) e.end = 'time';
  else if (TIME.test(v.start) && v.end <= v.start) e.end = 'endBeforeStart';
  const n = Number(v.capacity);
  if (!/^\d+$/.test(v.capacity.trim()) || n < 1 || n > EVENT_CAPACITY_MAX) e.capacity = 'capacityRange';
  else if (n < registered) e.capacity = 'belowRegistered';
  return e;
}

export function eventBody(v: EventFormValues, tz: string): CreateEventBody {
  return {
    title: v.title.trim(),
    description: v.description.trim() ? v.description.trim() : null,
    kind: v.kind,
    start: zonedInstant(v.date, v.start, tz).toISOString(),
    end: zonedInstant(v.date, v.end, tz).toISOString(),
    capacity: Number(v.capacity),
    deskIds: [...v.deskIds],
    public: v.public,
  };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The fields that differ from the saved event; empty when nothing changed. */
export function changedEventFields(v: EventFormValues, event: Event, tz: string): UpdateEventBody {
  const next = eventBody(v, tz);
  const before = eventBody(eventValues(event, tz), tz);
  const body: UpdateEventBody = {};
  for (const key of Object.keys(next) as (keyof CreateEventBody)[]) {
    const changed = key === 'deskIds' ? !sameSet(next.deskIds ?? [], before.deskIds ?? []) : next[key] !== before[key];
    if (changed) Object.assign(body, { [key]: next[key] });
  }
  return body;
}

/** Which field a problem the server found belongs to (`null`: the form as a whole). */
export function problemField(slug: string): EventField | null {
  switch (slug) {
    case 'closed':
    case 'closed-day':
    case 'outside-space-life':
      return 'date';
    case 'outside-opening-hours':
    case 'in-the-past':
    case 'event-ended':
      return 'start';
    case 'end-before-start':
      return 'end';
    case 'capacity-below-registered':
      return 'capacity';
    case 'unknown-place':
    case 'desk-inactive':
    case 'event-places-taken':
      return 'places';
    default:
      return null;
  }
}

/** The seats of the chosen rooms, when that would be a sensible capacity (rooms chosen, seats known). */
export function suggestedCapacity(
  chosen: string[],
  places: { id: string; kind: string; seats: number | null }[],
): number | null {
  const rooms = places.filter((p) => chosen.includes(p.id) && p.kind === 'room');
  if (rooms.length === 0 || rooms.some((r) => r.seats == null)) return null;
  const desks = places.filter((p) => chosen.includes(p.id) && p.kind !== 'room').length;
  return rooms.reduce((n, r) => n + (r.seats ?? 0), 0) + desks;
}
