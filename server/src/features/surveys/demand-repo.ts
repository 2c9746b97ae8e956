/**
 * The queries behind the demand evidence: a space's surveys that measure something, their responses
 * submitted in a range of months, and the space's visits per month.
 */
import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { QUESTION_MEASURES, type Question } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/db.js';
import { surveyResponses, surveys } from '../../db/schema.js';
import type { MeasuredSurvey } from './demand.js';

/** The first day of `from` and the first day after `to` (`YYYY-MM-DD`): the range's local dates, half-open. */
export function monthBounds(from: string, to: string): { first: string; end: string } {
  const year = Number(to.slice(0, 4));
  const month = Number(to.slice(5, 7));
  const end =
    month === 12
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : `${to.slice(0, 5)}${String(month + 1).padStart(2, '0')}-01`;
  return { first: `${from}-01`, end };
}

/** The space's surveys with a question that has a `measure`, newest first. */
export async function measuredSurveys(db: Db, spaceId: string): Promise<MeasuredSurvey[]> {
  const found = await db
    .select({ id: surveys.id, questions: surveys.questions })
    .from(surveys)
    .where(eq(surveys.spaceId, spaceId))
    .orderBy(desc(surveys.createdAt), surveys.id);
  return found
    .map((s) => ({ id: s.id, questions: s.questions as Question[] }))
    .filter((s) => s.questions.some((q) => q.measure && QUESTION_MEASURES.includes(q.measure)));
}

/** The answers of these surveys submitted from `first` to before `end` (local dates). */
export async function answersSubmitted(
  db: Db,
  surveyIds: string[],
  first: string,
  end: string,
): Promise<{ surveyId: string; answers: unknown }[]> {
  if (surveyIds.length === 0) return [];
  return db
    .select({ surveyId: surveyResponses.surveyId, answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(
      and(
        inArray(surveyResponses.surveyId, surveyIds),
        gte(surveyResponses.submittedOn, first),
        lt(surveyResponses.submittedOn, end),
      ),
    );
}

/**
 * Visits: counting desk bookings (confirmed or checked in) of the space that start in each month
 * of its zone — the monthly report's `bookings` (docs/reports.md), guests included, rooms left out.
 * The month's bounds are local midnights (`timestamp at time zone`), so a DST month is 743 or 745
 * hours long. One index range of bookings_space_start_idx.
 */
export async function visitsPerMonth(
  db: Db,
  space: { id: string; timezone: string },
  first: string,
  end: string,
): Promise<Map<string, number>> {
  const found = await rows<{ month: string; visits: number }>(
    db,
    sql`select to_char(b.start_at at time zone ${space.timezone}, 'YYYY-MM') as month, count(*)::int as visits
      from bookings b
      join desks d on d.id = b.desk_id and d.kind = 'desk'
      where b.space_id = ${space.id}
        and b.status in ('confirmed', 'checked_in')
        and b.start_at >= (${first}::timestamp at time zone ${space.timezone})
        and b.start_at < (${end}::timestamp at time zone ${space.timezone})
      group by 1`,
  );
  return new Map(found.map((r) => [r.month, r.visits]));
}
