/**
 * The answers a survey's results are computed from: the answers column of its responses and
 * nothing else (not even the day), so no result can be told apart by when it came in.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { surveyResponses } from '../../db/schema.js';
import type { Answers } from './results.js';

export async function surveyAnswers(db: Db, surveyId: string): Promise<Answers[]> {
  const found = await db
    .select({ answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId));
  return found.map((r) => (r.answers ?? {}) as Answers);
}
