import { useNavigate, useSearchParams } from 'react-router';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { CreateSurveyPage } from '../../../features/survey-admin/components/create-survey-page';
import { useSurveyPlaces } from './surveys-places';

/** A new survey, from a template or from scratch; `?spaceId=` starts it in that space. */
export function Component() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { places, isPending, error, refetch } = useSurveyPlaces();
  if (isPending) return <Skeleton lines={6} height="2.5rem" />;
  if (!places) return <ErrorState error={error} onRetry={refetch} />;
  return (
    <CreateSurveyPage
      places={places}
      spaceId={params.get('spaceId') ?? ''}
      onCreated={(survey) =>
        void navigate(`/manage/surveys/${encodeURIComponent(survey.id)}`, { state: { created: true } })
      }
    />
  );
}
