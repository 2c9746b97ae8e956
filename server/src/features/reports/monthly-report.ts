/**
 * The monthly report of one space: the scalar figures (shared with the usage series), desk-hours
 * by local weekday and hour, and users by group with small groups folded into `other`. The three
 * queries run in one read-only snapshot so that they describe the same state of the bookings.
 */
import {
  USER_GROUPS,
  type GroupFigures,
  type HourFigures,
  type MonthFigures,
  type MonthlyReport,
  type WeekdayFigures,
} from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/db.js';
import { figuresQuery, groupsQuery, inReportSnapshot, splitQuery, type Scope } from './report-sql.js';

/** A group with fewer users than this is folded into `other`, so that nobody can be singled out. */
export const MIN_GROUP_USERS = 3;

interface SplitRow {
  dimension: 'weekday' | 'hour';
  key: number;
  availableDeskHours: number;
  bookedDeskHours: number;
  occupiedDeskHours: number;
}

export async function monthlyReport(db: Db, spaceId: string, month: string): Promise<MonthlyReport | null> {
  const scope: Scope = { spaceIds: [spaceId], from: month, to: month, onlyWithinLife: false };
  return inReportSnapshot(db, async (tx) => {
    const [figures] = await rows<MonthFigures>(tx, figuresQuery(scope));
    if (!figures) return null;
    const split = await rows<SplitRow>(tx, splitQuery(scope));
    const groups = await rows<GroupFigures>(tx, groupsQuery(scope));
    const hours = ({ availableDeskHours, bookedDeskHours, occupiedDeskHours }: SplitRow) => ({
      availableDeskHours,
      bookedDeskHours,
      occupiedDeskHours,
    });
    return {
      ...figures,
      byWeekday: split
        .filter((r) => r.dimension === 'weekday')
        .map((r): WeekdayFigures => ({ weekday: r.key, ...hours(r) })),
      byHour: split.filter((r) => r.dimension === 'hour').map((r): HourFigures => ({ hour: r.key, ...hours(r) })),
      byGroup: foldSmallGroups(groups),
      eventsByKind: [],
      eventsByGroup: [],
      rooms: [],
    };
  });
}

/**
 * Groups with fewer than MIN_GROUP_USERS users are added to `other` (each person has one group, so
 * users add up). `other` is shown whatever its size afterwards: it names no group, and dropping it
 * would make the groups no longer add up to the month's users. Groups without users are left out;
 * order: the fixed order of USER_GROUPS, `other` last.
 */
export function foldSmallGroups(groups: readonly GroupFigures[]): GroupFigures[] {
  const other: GroupFigures = { group: 'other', users: 0, bookings: 0 };
  const kept: GroupFigures[] = [];
  for (const g of groups) {
    if (g.group === 'other' || g.users < MIN_GROUP_USERS) {
      other.users += g.users;
      other.bookings += g.bookings;
    } else {
      kept.push({ group: g.group, users: g.users, bookings: g.bookings });
    }
  }
  const rank = (group: string) => {
    const i = (USER_GROUPS as readonly string[]).indexOf(group);
    return i < 0 ? USER_GROUPS.length - 1 : i;
  };
  kept.sort((a, b) => rank(a.group) - rank(b.group) || a.group.localeCompare(b.group));
  return other.users > 0 ? [...kept, other] : kept;
}
