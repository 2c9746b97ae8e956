import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isApiError } from '../../../lib/api-client';
import { useSurvey } from '../api/get-survey';
import { useAnsweredFlag } from '../hooks/use-answered-flag';
import { isClosedProblem, SurveyForm } from './survey-form';
import { AlreadyAnswered, SurveyClosed, SurveyNotFound, ThankYou } from './survey-outcomes';

/** `/umfrage/:surveyId`: public, no account – mostly opened on a phone from a poster's QR code. */
export function SurveyAnswerPage({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const survey = useSurvey(surveyId);
  if (survey.isPending) return <Skeleton lines={6} height="2rem" label={t('surveyAnswer.loading')} />;
  if (survey.isError) {
    if (isClosedProblem(survey.error)) return <SurveyClosed />;
    if (isApiError(survey.error) && [400, 404].includes(survey.error.status)) return <SurveyNotFound />;
    return <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />;
  }
  if (survey.data.status === 'closed') return <SurveyClosed survey={survey.data} />;
  return <SurveyAnswer key={survey.data.id} survey={survey.data} />;
}

type Phase = 'answering' | 'thanks' | 'closed';

/**
 * Answering, thanked, or closed meanwhile; a device that answered before first hears so. Each new
 * round (another person on the same phone) starts an empty form.
 */
function SurveyAnswer({ survey }: { survey: Survey }) {
  const { answered, remember } = useAnsweredFlag(survey.id);
  const [phase, setPhase] = useState<Phase>('answering');
  const [round, setRound] = useState(0);
  const again = () => {
    setRound((r) => r + 1);
    setPhase('answering');
  };

  if (phase === 'closed') return <SurveyClosed survey={survey} focus />;
  if (phase === 'thanks') return <ThankYou survey={survey} onAgain={again} />;
  if (answered && round === 0) return <AlreadyAnswered survey={survey} onAgain={again} />;
  return (
    <SurveyForm
      key={round}
      survey={survey}
      focusHeading={round > 0}
      onSubmitted={() => {
        remember();
        setPhase('thanks');
      }}
      onClosed={() => setPhase('closed')}
    />
  );
}
