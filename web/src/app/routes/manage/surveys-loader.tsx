import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isApiError } from '../../../lib/api-client';
import { useSurvey } from '../../../features/survey-admin/api/get-survey';
import { NotFound } from '../not-found';

/** The survey of `:surveyId` for its pages: loading and error states, "not found" for one not theirs. */
export function WithSurvey({ surveyId, children }: { surveyId: string; children: (survey: Survey) => ReactNode }) {
  const { t } = useTranslation();
  const survey = useSurvey(surveyId);
  if (isApiError(survey.error) && [400, 403, 404].includes(survey.error.status)) return <NotFound />;
  if (survey.isError) return <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />;
  if (survey.isPending) return <Skeleton lines={8} height="2rem" label={t('surveyAdmin.page.loading')} />;
  return children(survey.data);
}
