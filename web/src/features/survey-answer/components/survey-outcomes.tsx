import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { FocusHeading } from './focus-heading';
import { AnonymousNote, SurveyHeader } from './survey-header';
import styles from './survey-answer.module.css';

/** After sending: thanks, focused, and a way for the next person on the same phone. */
export function ThankYou({ survey, onAgain }: { survey: Survey; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.survey}>
      <SurveyLine survey={survey} />
      <FocusHeading title={t('surveyAnswer.thanksTitle')} focus />
      <p>{t('surveyAnswer.thanksText')}</p>
      <p>{t('surveyAnswer.flagNote')}</p>
      <p>{t('surveyAnswer.againHint')}</p>
      <Button variant="secondary" onClick={onAgain}>
        {t('surveyAnswer.answerAgain')}
      </Button>
    </div>
  );
}

/** Back on a device that answered already: say so, and let another person answer anyway. */
export function AlreadyAnswered({ survey, onAgain }: { survey: Survey; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.survey}>
      <SurveyHeader survey={survey} />
      <section className={`card ${styles.already}`} aria-labelledby="survey-already">
        <h2 id="survey-already">{t('surveyAnswer.alreadyTitle')}</h2>
        <p>{t('surveyAnswer.alreadyText')}</p>
        <p>{t('surveyAnswer.flagNote')}</p>
        <Button variant="secondary" onClick={onAgain}>
          {t('surveyAnswer.answerAnyway')}
        </Button>
      </section>
      <AnonymousNote />
    </div>
  );
}

/** Closed by staff or past its last day (410 / 422 `survey-closed`, or `status: closed`). */
export function SurveyClosed({ survey, focus }: { survey?: Survey; focus?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={styles.survey}>
      {survey && <SurveyLine survey={survey} />}
      <FocusHeading title={t('surveyAnswer.closedTitle')} focus={focus} />
      <p>{t('surveyAnswer.closedText')}</p>
      <Link to="/">{t('surveyAnswer.home')}</Link>
    </div>
  );
}

export function SurveyNotFound() {
  const { t } = useTranslation();
  return (
    <div className={styles.survey}>
      <FocusHeading title={t('surveyAnswer.notFoundTitle')} />
      <p>{t('surveyAnswer.notFoundText')}</p>
      <Link to="/">{t('surveyAnswer.home')}</Link>
    </div>
  );
}

/** Which survey a page is about, above its heading. */
function SurveyLine({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  return (
    <p className={styles.meta}>
      <span lang={survey.language}>{survey.title}</span> · {t('surveyAnswer.surveyFor', { town: survey.town })}
    </p>
  );
}
