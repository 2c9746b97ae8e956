/**
 * The monthly report of one space: the scalar figures (shared with the usage series), desk-hours
 * by local weekday and hour, users by group with small groups folded into `other`, the month's
 * events by kind and by group, and its rooms. The queries run in one read-only snapshot so that
 * they describe the same state of the bookings and events.
 */
import {
  EVENT_KINDS,
  USER_GROUPS,
  type EventGroupFigures,
  type EventKindFigures,
  type GroupFigures,
  type HourFigures,
  type MonthFigures,
  type MonthlyReport,
  type RoomFigures,
  type WeekdayFigures,
} from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/db.js';
import {
  eventGroupsQuery,
  eventKindsQuery,
  figuresQuery,
  groupsQuery,
  inReportSnapshot,
  roomsQuery,
  splitQuery,
  type Scope,
} from './report-sql.js';

/** A group with fewer people than this is folded into `other`, so that nobody can be singled out. */
export const MIN_GROUP_USERS = 3;

interface SplitRow {
  dimension: 'weekday' | 'hour';
  key: number;
  availableDeskHours: number;
  bookedDeskHours: number;
  occupiedDeskHours: number;
}

/** `now` decides which events have ended (their registered people are then no-shows). */
export async function monthlyReport(
  db: Db,
  spaceId: string,
  month: string,
  now = new Date(),
): Promise<MonthlyReport | null> {
  const scope: Scope = { spaceIds: [spaceId], from: month, to: month, onlyWithinLife: false, now };
  return inReportSnapshot(db, async (tx) => {
    const [figures] = await rows<MonthFigures>(tx, figuresQuery(scope));
    if (!figures) return null;
    const split = await rows<SplitRow>(tx, splitQuery(scope));
    const groups = await rows<GroupFigures>(tx, groupsQuery(scope));
    const kinds = await rows<EventKindFigures>(tx, eventKindsQuery(scope));
    const eventGroups = await rows<EventGroupFigures>(tx, eventGroupsQuery(scope));
    const rooms = await rows<RoomFigures>(tx, roomsQuery(scope));
    const hours = ({ availableDeskHours, bookedDeskHours, occupiedDeskHours }: SplitRow) => ({
      availableDeskHours,
      bookedDeskHours,
      occupiedDeskHours,
    });
    const kindRank = (kind: string) => (EVENT_KINDS as readonly string[]).indexOf(kind);
    return {
      ...figures,
      byWeekday: split
        .filter((r) => r.dimension === 'weekday')
        .map((r): WeekdayFigures => ({ weekday: r.key, ...hours(r) })),
      byHour: split.filter((r) => r.dimension === 'hour').map((r): HourFigures => ({ hour: r.key, ...hours(r) })),
      byGroup: foldSmallGroups(groups),
      eventsByKind: kinds.sort((a, b) => kindRank(a.kind) - kindRank(b.kind)),
      eventsByGroup: foldGroups(eventGroups, 'people', { group: 'other', people: 0, registrations: 0, attended: 0 }),
      rooms,
    };
  });
}

/** Booking figures by group, small groups folded (see foldGroups). */
export const foldSmallGroups = (groups: readonly GroupFigures[]): GroupFigures[] =>
  foldGroups(groups, 'users', { group: 'other', users: 0, bookings: 0 });

/**
 * Groups with fewer than MIN_GROUP_USERS people (the `people` key) are added to `other` (each
 * person has one group, so people add up; so does every other count). `other` is shown whatever
 * its size afterwards: it names no group, and dropping it would make the groups no longer add up
 * to the month's people. Groups without people are left out; order: the fixed order of
 * USER_GROUPS, `other` last.
 */
export function foldGroups<T extends { group: string }>(
  groups: readonly T[],
  people: keyof T & string,
  empty: T & { group: 'other' },
): T[] {
  const counts = (Object.keys(empty) as (keyof T & string)[]).filter((k) => k !== 'group');
  const size = (g: T) => g[people] as number;
  const other = { ...empty };
  const kept: T[] = [];
  for (const g of groups) {
    if (g.group === 'other' || size(g) < MIN_GROUP_USERS) {
      for (const k of counts) (other[k] as number) += g[k] as number;
    } else {
      kept.push(Object.fromEntries([['group', g.group], ...counts.map((k) => [k, g[k]])]) as T);
    }
  }
  const rank = (group: string) => {
    const i = (USER_GROUPS as readonly string[]).indexOf(group);
    return i < 0 ? USER_GROUPS.length - 1 : i;
  };
  kept.sort((a, b) => rank(a.group) - rank(b.group) || a.group.localeCompare(b.group));
  return size(other) > 0 ? [...kept, other] : kept;
}
