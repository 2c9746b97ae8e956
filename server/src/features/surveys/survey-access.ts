/**
 * Who may do what with a survey (contract, "Surveys"): staff manage the surveys of their spaces and
 * the town-only surveys (no space) of a town where they manage a space; admins manage every survey;
 * analysts read every survey and its results but change nothing. Anyone else only answers.
 */
import type { Db } from '../../db/client.js';
import type { AuthUser } from '../../lib/auth-user.js';
import { forbidden, notFound } from '../../lib/problems.js';
import { findSurvey, townsOfSpaces, type SurveyRow } from './surveys-repo.js';

export type SurveyNeed = 'manage' | 'read';

/** Whether staff manage a survey of this space and town (without reading the database for the space). */
async function staffManages(
  db: Db,
  user: AuthUser,
  target: { spaceId: string | null; town: string },
): Promise<boolean> {
  if (target.spaceId !== null) return user.spaceIds.includes(target.spaceId);
  return (await townsOfSpaces(db, user.spaceIds)).includes(target.town);
}

/** Whether the caller may manage (or, with `read`, read everything of) a survey of this space and town. */
export async function mayAccess(
  db: Db,
  user: AuthUser | null,
  target: { spaceId: string | null; town: string },
  need: SurveyNeed,
): Promise<boolean> {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role === 'analyst') return need === 'read';
  if (user.role === 'staff') return staffManages(db, user, target);
  return false;
}

/**
 * The survey, if the caller may manage it (`manage`) or read it and its results (`read`: its
 * managers and analysts). 404 when unknown, 403 when not allowed.
 */
export async function requireSurveyAccess(
  db: Db,
  user: AuthUser | null,
  surveyId: string,
  need: SurveyNeed,
): Promise<SurveyRow> {
  const row = await findSurvey(db, surveyId);
  if (!row) throw notFound('Survey');
  if (!(await mayAccess(db, user, row, need))) throw forbidden('You may not do this with this survey.');
  return row;
}

/** Whether the caller may create a survey of this space (null: town-only) in this town. */
export function mayCreateSurvey(
  db: Db,
  user: AuthUser | null,
  target: { spaceId: string | null; town: string },
): Promise<boolean> {
  return mayAccess(db, user, target, 'manage');
}

/**
 * What a caller's survey list may hold (listSurveys' `spaceIds`/`towns`): staff their spaces' surveys
 * and the town-only ones of their towns, admins and analysts every survey; 403 for everyone else
 * (they answer surveys, they do not run them).
 */
export async function surveyListScope(db: Db, user: AuthUser): Promise<{ spaceIds?: string[]; towns?: string[] }> {
  if (user.role === 'admin' || user.role === 'analyst') return {};
  if (user.role !== 'staff') throw forbidden('Only staff, admins and analysts list surveys.');
  return { spaceIds: user.spaceIds, towns: await townsOfSpaces(db, user.spaceIds) };
}
