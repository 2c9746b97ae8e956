import { useParams } from 'react-router';
import { SurveyAnswerPage } from '../../features/survey-answer/components/survey-answer-page';

/** Public, no login: anyone answers a survey here (`/umfrage/:surveyId`, alias `/survey/:surveyId`). */
export function Component() {
  const { surveyId = '' } = useParams();
  return <SurveyAnswerPage surveyId={surveyId} />;
}
