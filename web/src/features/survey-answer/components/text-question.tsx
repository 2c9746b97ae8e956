import { useTranslation } from 'react-i18next';
import { SURVEY_TEXT_ANSWER_MAX } from '@popdesk/shared';
import { useDebounced } from '../../../lib/use-debounced';
import {
  boxClass,
  describedBy,
  QuestionError,
  QuestionHint,
  QuestionTitle,
  type QuestionProps,
} from './question-parts';
import styles from './survey-answer.module.css';

/** The counter appears this close to the limit (GOV.UK's character count shows it from 75 %). */
const COUNT_FROM = Math.round(SURVEY_TEXT_ANSWER_MAX * 0.8);

/** Free text: a text area; near the limit a counter, said aloud once the typing pauses. */
export function TextQuestion({ question: q, value, error, chromeLang, onChange, onBlur }: QuestionProps) {
  const { t } = useTranslation();
  const text = typeof value === 'string' ? value : '';
  const left = SURVEY_TEXT_ANSWER_MAX - text.length;
  const near = text.length >= COUNT_FROM;
  const count = near
    ? left >= 0
      ? t('surveyAnswer.charsLeft', { count: left })
      : t('surveyAnswer.charsOver', { count: -left })
    : '';
  const spoken = useDebounced(count, 1000);
  const countId = `q-${q.id}-count`;
  return (
    <div className={boxClass(error)}>
      <label htmlFor={`q-${q.id}`}>
        <QuestionTitle question={q} chromeLang={chromeLang} />
      </label>
      <QuestionHint question={q} chromeLang={chromeLang} />
      <QuestionError question={q} error={error} chromeLang={chromeLang} />
      <textarea
        id={`q-${q.id}`}
        rows={4}
        value={text}
        aria-required={q.required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(q, Boolean(q.help), error, near ? countId : undefined)}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={onBlur}
      />
      {near && (
        <span
          id={countId}
          lang={chromeLang}
          className={left < 0 ? `${styles.counter} ${styles.counterOver}` : styles.counter}
        >
          {count}
        </span>
      )}
      <span className="visually-hidden" aria-live="polite" lang={chromeLang}>
        {near ? spoken : ''}
      </span>
    </div>
  );
}
