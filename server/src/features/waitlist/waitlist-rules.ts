/**
 * What a waitlist entry must satisfy: a date on which the space is open and that one could book
 * (not past, within the booking horizon unless staff), and a wished-for time (optional) that
 * overlaps the opening hours of that day. Times are local wall-clock minutes of that date.
 */
import type { CreateWaitlistBody } from '@popdesk/shared';
import {
  addDays,
  dateWithin,
  isoWeekday,
  localDateOf,
  localInstant,
  parseWallTime,
  type OpeningSlot,
} from '../../lib/local-time.js';
import { businessRule } from '../../lib/problems.js';
import type { SpaceRow } from '../spaces/spaces-repo.js';

export interface Wish {
  startMinute: number | null;
  endMinute: number | null;
}

const WALL_RE = /^\d{2}:\d{2}$/;

/** `HH:MM`, or an instant on that local date (the next local midnight is 24:00), as minutes. */
function toMinute(value: string, date: string, tz: string, field: 'start' | 'end'): number {
  if (WALL_RE.test(value)) return parseWallTime(value);
  const instant = new Date(value);
  if (field === 'end' && instant.getTime() === localInstant(date, 1440, tz).getTime()) return 1440;
  if (localDateOf(instant, tz) !== date) {
    throw businessRule('time-not-on-date', 'Time not on that date', `${field} must be a time on ${date} (${tz}).`);
  }
  const [h, m] = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(instant)
    .split(':')
    .map(Number);
  return h! * 60 + m!;
}

export function wishedMinutes(body: CreateWaitlistBody, tz: string): Wish {
  const startMinute = body.start === undefined ? null : toMinute(body.start, body.date, tz, 'start');
  const endMinute = body.end === undefined ? null : toMinute(body.end, body.date, tz, 'end');
  if ((startMinute ?? 0) >= (endMinute ?? 1440))
    throw businessRule('end-before-start', 'End before start', 'The wished-for time must end after it starts.');
  return { startMinute, endMinute };
}

export async function checkWaitlistRules(input: {
  space: SpaceRow;
  date: string;
  wish: Wish;
  hours: readonly OpeningSlot[];
  closed: boolean;
  now: Date;
  privileged: boolean;
}): Promise<void> {
  const { space, date, wish, hours, closed, now, privileged } = input;
  const today = localDateOf(now, space.timezone);
  if (date < today) throw businessRule('in-the-past', 'In the past', `${date} has passed.`);
  const lastDate = addDays(today, space.bookingHorizonDays);
  if (!privileged && date > lastDate) {
    throw businessRule(
      'beyond-horizon',
      'Too far ahead',
      `Desks can be booked up to ${space.bookingHorizonDays} days ahead (until ${lastDate}).`,
    );
  }
  if (!dateWithin(date, space.opensOn, space.closesOn)) {
    throw businessRule(
      'outside-space-life',
      'Space not open then',
      `The space is open from ${space.opensOn ?? 'the start'} to ${space.closesOn ?? 'further notice'}; ${date} is outside.`,
    );
  }
  if (closed) throw businessRule('closed-day', 'Closed that day', `The space is closed on ${date}.`);
  const from = wish.startMinute ?? 0;
  const to = wish.endMinute ?? 1440;
  const open = hours.filter((h) => h.weekday === isoWeekday(date));
  if (!open.some((h) => h.opensMinute < to && from < h.closesMinute)) {
    throw businessRule(
      'outside-opening-hours',
      'Outside opening hours',
      `The space is not open ${wish.startMinute === null && wish.endMinute === null ? 'on' : 'at that time on'} ${date}.`,
    );
  }
}
