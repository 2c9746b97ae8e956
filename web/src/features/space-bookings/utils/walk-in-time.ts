/**
 * The arithmetic of recording a walk-in from the day timeline, on instants (ms since epoch): it starts
 * now (rounded down to 5 minutes) and ends when the opening interval that holds now closes. The
 * opening intervals come from the server in the space's zone, so a DST day needs nothing special here.
 */
import type { Availability, PlaceEvent } from '@popdesk/shared';

const FIVE_MINUTES = 5 * 60_000;
/** The server saves a walk-in checked in when it runs now or starts within this (contract). */
export const CHECK_IN_AHEAD_MS = 15 * 60_000;

export interface Span {
  start: number;
  end: number;
}
export type DeskPart = Span & {
  kind: 'free' | 'taken' | 'past' | 'closed' | 'event';
  /** free time: where a walk-in picked here starts (now rounded down to 5 minutes, or later) */
  bookFrom?: number;
  /** an event's time on this place: which event, and its title (null when staff may not see it) */
  event?: { eventId: string; title: string | null };
};

/** A place of the day: a desk, or a room or table with seats, and the events that take it. */
export type DayPlace = Availability['desks'][number];

export const roundDownTo5 = (t: number) => Math.floor(t / FIVE_MINUTES) * FIVE_MINUTES;

/** The opening interval that holds `now`, if the space is open. */
export function currentOpening(open: Availability['open'], now: number): Span | null {
  const iv = open.find((o) => Date.parse(o.start) <= now && now < Date.parse(o.end));
  return iv ? { start: Date.parse(iv.start), end: Date.parse(iv.end) } : null;
}

/** A walk-in now: from now (5-minute steps, not before the opening) to the end of the current opening. */
export function walkInNow(open: Availability['open'], now: number): Span | null {
  const iv = currentOpening(open, now);
  return iv ? { start: Math.max(iv.start, roundDownTo5(now)), end: iv.end } : null;
}

/** Whether a range counts as a walk-in now, i.e. is saved checked in: it runs now or starts soon. */
export const isWalkInNow = (range: Span, now: number) => range.end > now && range.start <= now + CHECK_IN_AHEAD_MS;

/** A desk's free time that is left from `from` on, within the current opening (the walk-in's time). */
export function freeUntilClose(desk: Availability['desks'][number], walkIn: Span): Span | null {
  const free = desk.free
    .map((f) => ({ start: Date.parse(f.start), end: Date.parse(f.end) }))
    .find((f) => f.start <= walkIn.start && walkIn.start < f.end);
  return free ? { start: walkIn.start, end: Math.min(free.end, walkIn.end) } : null;
}

/**
 * A desk's day across the opening hours: free (from now on), taken, free time already past, closed
 * gaps; taken time that an event holds is the event's.
 */
export function deskParts(open: Availability['open'], desk: DayPlace, now: number): DeskPart[] {
  return withEvents(freeAndTaken(open, desk, now), desk.events ?? []);
}

/** Cuts the events' time out of the taken parts (an event's time is never free). */
function withEvents(parts: DeskPart[], events: PlaceEvent[]): DeskPart[] {
  if (events.length === 0) return parts;
  const spans = events
    .map((e) => ({ start: Date.parse(e.start), end: Date.parse(e.end), event: { eventId: e.eventId, title: e.title } }))
    .sort((a, b) => a.start - b.start);
  return parts.flatMap((p) => {
    if (p.kind !== 'taken') return [p];
    const out: DeskPart[] = [];
    let cursor = p.start;
    for (const e of spans) {
      const s = Math.max(e.start, cursor);
      const end = Math.min(e.end, p.end);
      if (end <= s) continue;
      if (s > cursor) out.push({ kind: 'taken', start: cursor, end: s });
      out.push({ kind: 'event', start: s, end, event: e.event });
      cursor = end;
    }
    if (cursor < p.end) out.push({ kind: 'taken', start: cursor, end: p.end });
    return out;
  });
}

function freeAndTaken(open: Availability['open'], desk: Availability['desks'][number], now: number): DeskPart[] {
  const parts: DeskPart[] = [];
  const push = (kind: DeskPart['kind'], start: number, end: number, bookFrom?: number) => {
    if (end > start) parts.push(bookFrom === undefined ? { kind, start, end } : { kind, start, end, bookFrom });
  };
  const free = desk.free.map((f) => ({ start: Date.parse(f.start), end: Date.parse(f.end) }));
  const openings = open.map((x) => ({ start: Date.parse(x.start), end: Date.parse(x.end) }));
  openings.forEach((o, i) => {
    if (i > 0) push('closed', openings[i - 1]!.end, o.start);
    let cursor = o.start;
    for (const f of free) {
      const s = Math.max(f.start, o.start);
      const e = Math.min(f.end, o.end);
      if (e <= s) continue;
      push('taken', cursor, s);
      push('past', s, Math.min(e, now));
      // a walk-in may start in the current 5 minutes, but not before the desk is free
      push('free', Math.max(s, now), e, Math.max(s, roundDownTo5(now)));
      cursor = e;
    }
    push('taken', cursor, o.end);
  });
  return parts;
}
