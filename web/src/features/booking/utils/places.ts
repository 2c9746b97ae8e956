/**
 * Desks and rooms on the day view. A room (or conference table) is booked like a desk but shown
 * apart, and only by people who may book rooms there; time an event takes is shown with the
 * event's title rather than as plain "taken".
 */
import type { Availability } from '@popdesk/shared';
import { deskSegments, toIv, type Iv, type Segment } from './timeline';

export type Place = Availability['desks'][number];

export const isRoom = (p: Pick<Place, 'kind'>) => p.kind === 'room';

/** Desks first, then rooms: each keeps the server's order. */
export function splitPlaces(places: Place[]) {
  return { desks: places.filter((p) => !isRoom(p)), rooms: places.filter(isRoom) };
}

/** A stretch of a place's day: as on the timeline, or taken by an event, or free but booked by the team only. */
export type PlaceSegment = Segment | (Iv & { kind: 'event'; title: string | null }) | (Iv & { kind: 'team' });

/**
 * The segments of one place: taken time that an event takes becomes that event's (its title,
 * or null when it is not public); free time of a place the viewer may not book becomes `team`.
 */
export function placeSegments(open: Iv[], place: Place, now: number, teamOnly: boolean): PlaceSegment[] {
  const events = (place.events ?? []).map((e) => ({ ...toIv(e), title: e.title })).sort((a, b) => a.start - b.start);
  const out: PlaceSegment[] = [];
  for (const s of deskSegments(open, place.free.map(toIv), now)) {
    if (s.kind === 'free' && teamOnly) {
      out.push({ ...s, kind: 'team' });
      continue;
    }
    if (s.kind !== 'taken') {
      out.push(s);
      continue;
    }
    let cursor = s.start;
    for (const e of events) {
      const start = Math.max(e.start, s.start);
      const end = Math.min(e.end, s.end);
      if (end <= start) continue;
      if (start > cursor) out.push({ kind: 'taken', start: cursor, end: start });
      out.push({ kind: 'event', start, end, title: e.title });
      cursor = end;
    }
    if (cursor < s.end) out.push({ kind: 'taken', start: cursor, end: s.end });
  }
  return out;
}

/** The event taking a place during (part of) a range, if any: which one the desk list names. */
export function eventDuring(place: Place, range: Iv) {
  return (place.events ?? []).find((e) => Date.parse(e.start) < range.end && range.start < Date.parse(e.end)) ?? null;
}
