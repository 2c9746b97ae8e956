import type { Survey, SurveyStatus } from '@popdesk/shared';

/** The list's filter as the URL keeps it: '' means all; `space: 'none'` the town-only surveys. */
export interface SurveyFilter {
  town: string;
  space: string;
  status: SurveyStatus | '';
}

export const NO_SPACE = 'none';

export function filterSurveys(surveys: readonly Survey[], f: SurveyFilter): Survey[] {
  return surveys.filter(
    (s) =>
      (!f.town || s.town === f.town) &&
      (!f.space || (f.space === NO_SPACE ? s.spaceId === null : s.spaceId === f.space)) &&
      (!f.status || s.status === f.status),
  );
}

/** By town (alphabetical), the open ones first in each, then the newest. */
export function groupByTown(surveys: readonly Survey[]): [string, Survey[]][] {
  const groups = new Map<string, Survey[]>();
  for (const s of surveys) groups.set(s.town, [...(groups.get(s.town) ?? []), s]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([town, list]) => [
      town,
      [...list].sort(
        (a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.createdAt.localeCompare(a.createdAt),
      ),
    ]);
}
