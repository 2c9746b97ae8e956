import { useParams } from 'react-router';
import { PosterPage } from '../../../features/survey-admin/components/poster-page';
import { WithSurvey } from './surveys-loader';

/** The survey's poster to print or download. */
export function Component() {
  const { surveyId = '' } = useParams();
  return <WithSurvey surveyId={surveyId}>{(survey) => <PosterPage survey={survey} />}</WithSurvey>;
}
