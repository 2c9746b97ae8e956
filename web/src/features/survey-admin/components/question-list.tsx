import { useTranslation } from 'react-i18next';
import { SURVEY_QUESTIONS_MAX } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import type { SurveyBuilder } from '../hooks/use-survey-builder';
import { useErrorText } from '../hooks/use-error-text';
import { QuestionEditor } from './question-editor';
import styles from './survey-admin.module.css';

/** The questions, one fieldset each, and a button for one more. */
export function QuestionList({ builder }: { builder: SurveyBuilder }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const { draft, ids, errors, questions } = builder;
  const listError = text(errors['/questions']);
  return (
    <section aria-labelledby={`${ids.field('questions')}-h`} className={styles.questions}>
      <h3 id={`${ids.field('questions')}-h`}>{t('surveyAdmin.builder.questions')}</h3>
      <ol className={styles.questionList}>
        {draft.questions.map((q, i) => (
          <li key={q.key}>
            <QuestionEditor builder={builder} question={q} index={i} />
          </li>
        ))}
      </ol>
      {listError && (
        <p id={`${ids.addQuestion}-error`} className="error">
          {listError}
        </p>
      )}
      <Button
        id={ids.addQuestion}
        variant="secondary"
        disabled={draft.questions.length >= SURVEY_QUESTIONS_MAX}
        aria-describedby={listError ? `${ids.addQuestion}-error` : undefined}
        onClick={() => questions.add()}
      >
        + {t('surveyAdmin.builder.addQuestion')}
      </Button>
    </section>
  );
}
