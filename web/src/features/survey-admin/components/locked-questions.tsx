import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import styles from './survey-admin.module.css';

/** The questions of a survey someone answered already: to read, with why they cannot change. */
export function LockedQuestions({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="locked-questions-h" className={styles.questions}>
      <h3 id="locked-questions-h">{t('surveyAdmin.builder.questions')}</h3>
      <Alert tone="info" title={t('surveyAdmin.builder.questionsLocked')} live={false}>
        <p>{t('surveyAdmin.builder.questionsLockedText', { count: survey.responses })}</p>
      </Alert>
      <ol className={styles.lockedList}>
        {survey.questions.map((q) => (
          <li key={q.id}>
            <p className={styles.lockedText}>{q.text}</p>
            <p className="muted">
              {t(`surveyAdmin.kind.${q.kind}`)}
              {q.required && `, ${t('surveyAdmin.builder.required')}`}
              {q.kind === 'number' && q.unit && ` (${q.unit})`}
            </p>
            {q.options && (
              <ul className={styles.lockedOptions}>
                {q.options.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
