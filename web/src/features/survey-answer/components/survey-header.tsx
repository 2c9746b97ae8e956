import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { useLanguage } from '../../../lib/i18n';
import { useFormat } from '../../../lib/use-format';
import { FocusHeading } from './focus-heading';
import styles from './survey-answer.module.css';

/** Title and intro in the survey's language; town and closing day in the person's. */
export function SurveyHeader({ survey, focus, hasErrors }: { survey: Survey; focus?: boolean; hasErrors?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <header className={styles.header}>
      <p className={styles.meta}>
        {t('surveyAnswer.surveyFor', { town: survey.town })}
        {survey.closesOn && <> · {t('surveyAnswer.closesOn', { date: fmt.date(survey.closesOn) })}</>}
      </p>
      <FocusHeading
        title={survey.title}
        documentTitle={hasErrors ? `${t('surveyAnswer.errorPrefix')}: ${survey.title}` : survey.title}
        focus={focus}
        lang={survey.language}
      />
      {survey.intro && (
        <p className={styles.intro} lang={survey.language}>
          {survey.intro}
        </p>
      )}
    </header>
  );
}

/** What is stored, said where people answer, with the way to the whole privacy notice. */
export function AnonymousNote() {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <div className={styles.anonymous}>
      <p>
        {t('surveyAnswer.anonymous')}{' '}
        <Link to={lng === 'de' ? '/datenschutz#umfragen' : '/privacy#umfragen'}>{t('surveyAnswer.privacyLink')}</Link>
      </p>
    </div>
  );
}
