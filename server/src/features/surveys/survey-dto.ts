/**
 * A survey as the API answers it. Its status is what staff set, and `closed` as well once the
 * last day it takes answers (`closesOn`, inclusive, in the space's zone) has passed.
 */
import type { Survey, SurveyStatus, Question } from '@popdesk/shared';
import { localDateOf } from '../../lib/local-time.js';
import type { SurveyRow } from './surveys-repo.js';

/** `closed` when staff closed it or when `closesOn` lies before today in the survey's zone. */
export function effectiveStatus(row: Pick<SurveyRow, 'status' | 'closesOn' | 'timezone'>, now: Date): SurveyStatus {
  if (row.status === 'closed') return 'closed';
  if (row.closesOn !== null && row.closesOn < localDateOf(now, row.timezone)) return 'closed';
  return 'open';
}

/** The survey's public page (the poster's QR code leads there); a path when PUBLIC_URL is not set. */
export const surveyUrl = (publicUrl: string | null, id: string) =>
  `${publicUrl ? publicUrl.replace(/\/+$/, '') : ''}/umfrage/${encodeURIComponent(id)}`;

export function toSurveyDto(
  row: SurveyRow,
  extra: { responses: number; spaceName?: string | null; publicUrl: string | null; now: Date },
): Survey {
  return {
    id: row.id,
    title: row.title,
    town: row.town,
    spaceId: row.spaceId,
    intro: row.intro,
    questions: row.questions as Question[],
    closesOn: row.closesOn,
    status: effectiveStatus(row, extra.now),
    responses: extra.responses,
    language: row.language,
    template: row.template,
    spaceName: extra.spaceName !== undefined ? extra.spaceName : row.spaceName,
    url: surveyUrl(extra.publicUrl, row.id),
    createdAt: row.createdAt.toISOString(),
  };
}
