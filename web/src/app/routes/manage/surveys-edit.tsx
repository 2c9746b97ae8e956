import { useLocation, useParams } from 'react-router';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { SurveyPage } from '../../../features/survey-admin/components/survey-page';
import { WithSurvey } from './surveys-loader';
import { useSurveyPlaces } from './surveys-places';

/** One survey to change, close or delete; "created" comes from the new-survey page after saving. */
export function Component() {
  const { surveyId = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const { places, isPending, error, refetch } = useSurveyPlaces();
  if (isPending) return <Skeleton lines={6} height="2.5rem" />;
  if (!places) return <ErrorState error={error} onRetry={refetch} />;
  return (
    <WithSurvey surveyId={surveyId}>
      {(survey) => <SurveyPage key={survey.id} survey={survey} places={places} created={created} />}
    </WithSurvey>
  );
}
