/**
 * Survey queries. A survey is read with its space's name and zone (Europe/Berlin when it has no
 * space), so that its status and its answers' day are those of the space's wall clock. Responses
 * are rows of answers and a day, nothing else: no account, no address, no time of day.
 */
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { SurveyStatus } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { spaces, surveyResponses, surveys } from '../../db/schema.js';

/** The zone of a survey without a space (the contract's "Europe/Berlin when no space"). */
export const DEFAULT_SURVEY_ZONE = 'Europe/Berlin';

/** A survey's row with its space's name and zone. */
export type SurveyRow = typeof surveys.$inferSelect & {
  spaceName: string | null;
  timezone: string;
};

function selectSurveys(db: Db) {
  return db
    .select({
      survey: surveys,
      spaceName: spaces.name,
      timezone: sql<string>`coalesce(${spaces.timezone}, ${DEFAULT_SURVEY_ZONE})`,
    })
    .from(surveys)
    .leftJoin(spaces, eq(spaces.id, surveys.spaceId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectSurveys>['execute']>>[number];
const toRow = (r: Selected): SurveyRow => ({ ...r.survey, spaceName: r.spaceName, timezone: r.timezone });

export async function findSurvey(db: Db, id: string): Promise<SurveyRow | null> {
  const [row] = await selectSurveys(db).where(eq(surveys.id, id));
  return row ? toRow(row) : null;
}

export interface SurveyListFilter {
  /**
   * What the caller may see: the surveys of these spaces, and the town-only surveys (no space) of
   * these towns; both undefined: every survey.
   */
  spaceIds?: readonly string[];
  towns?: readonly string[];
  spaceId?: string;
  town?: string;
  /** the stored status; a survey past its closesOn is filtered by the caller */
  status?: SurveyStatus;
}

/** Surveys by newest first. `spaceIds`/`towns` bound what the caller may see. */
export async function listSurveys(db: Db, f: SurveyListFilter): Promise<SurveyRow[]> {
  let scope: SQL | undefined;
  if (f.spaceIds !== undefined || f.towns !== undefined) {
    const parts: SQL[] = [];
    if (f.spaceIds?.length) parts.push(inArray(surveys.spaceId, [...f.spaceIds]));
    if (f.towns?.length) parts.push(and(isNull(surveys.spaceId), inArray(surveys.town, [...f.towns]))!);
    scope = parts.length ? or(...parts) : sql`false`;
  }
  const found = await selectSurveys(db)
    .where(
      and(
        scope,
        f.spaceId ? eq(surveys.spaceId, f.spaceId) : undefined,
        f.town ? eq(surveys.town, f.town) : undefined,
        f.status ? eq(surveys.status, f.status) : undefined,
      ),
    )
    .orderBy(desc(surveys.createdAt), desc(surveys.id));
  return found.map(toRow);
}

/**
 * Locks the survey's row for the rest of the transaction: `share` while a response is checked
 * against its questions, `update` while its questions change (so neither sees the other half-done).
 * False when there is no such survey.
 */
export async function lockSurvey(tx: Db, id: string, strength: 'share' | 'update'): Promise<boolean> {
  const [row] = await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, id)).for(strength);
  return row !== undefined;
}

export async function insertSurvey(db: Db, values: typeof surveys.$inferInsert): Promise<string> {
  const [row] = await db.insert(surveys).values(values).returning({ id: surveys.id });
  return row!.id;
}

export async function updateSurvey(
  db: Db,
  id: string,
  values: Partial<Omit<typeof surveys.$inferInsert, 'id'>>,
): Promise<void> {
  await db
    .update(surveys)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(surveys.id, id));
}

/** Deletes the survey; its responses go with it (ON DELETE CASCADE). */
export async function deleteSurvey(db: Db, id: string): Promise<void> {
  await db.delete(surveys).where(eq(surveys.id, id));
}

/** Responses per survey; surveys without any are 0. */
export async function responseCounts(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(ids.map((id) => [id, 0]));
  if (ids.length === 0) return counts;
  const found = await db
    .select({ surveyId: surveyResponses.surveyId, n: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(inArray(surveyResponses.surveyId, [...ids]))
    .groupBy(surveyResponses.surveyId);
  for (const r of found) counts.set(r.surveyId, Number(r.n));
  return counts;
}

/** Stores one anonymous response: the answers and the day (in the survey's zone), nothing else. */
export async function insertResponse(db: Db, surveyId: string, answers: unknown, submittedOn: string): Promise<string> {
  const [row] = await db
    .insert(surveyResponses)
    .values({ surveyId, answers, submittedOn })
    .returning({ id: surveyResponses.id });
  return row!.id;
}

/** The towns of these spaces (where a staff member manages a space). */
export async function townsOfSpaces(db: Db, spaceIds: readonly string[]): Promise<string[]> {
  if (spaceIds.length === 0) return [];
  const found = await db
    .selectDistinct({ town: spaces.town })
    .from(spaces)
    .where(inArray(spaces.id, [...spaceIds]));
  return found.map((r) => r.town);
}
