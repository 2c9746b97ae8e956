import { useTranslation } from 'react-i18next';
import {
  boxClass,
  describedBy,
  groupBlur,
  QuestionError,
  QuestionHint,
  QuestionTitle,
  type QuestionProps,
} from './question-parts';
import styles from './survey-answer.module.css';

/** single: a radio group; multi: checkboxes – under the question as the legend, whole rows to tap. */
export function ChoiceQuestion({ question: q, value, error, chromeLang, onChange, onBlur }: QuestionProps) {
  const { t } = useTranslation();
  const multi = q.kind === 'multi';
  const ticked = Array.isArray(value) ? value : [];
  const extra = multi ? t('surveyAnswer.multiHint') : undefined;
  const toggle = (option: string, on: boolean) =>
    onChange(
      on ? (q.options ?? []).filter((o) => o === option || ticked.includes(o)) : ticked.filter((o) => o !== option),
    );
  return (
    <fieldset
      className={boxClass(error)}
      aria-describedby={describedBy(q, Boolean(q.help || extra), error)}
      onBlur={groupBlur(onBlur)}
    >
      <legend>
        <QuestionTitle question={q} chromeLang={chromeLang} />
      </legend>
      <QuestionHint question={q} chromeLang={chromeLang} extra={extra} />
      <QuestionError question={q} error={error} chromeLang={chromeLang} />
      <div className={styles.options}>
        {(q.options ?? []).map((option, i) => (
          <label key={option} className={styles.option}>
            <input
              id={`q-${q.id}-${i}`}
              type={multi ? 'checkbox' : 'radio'}
              name={`q-${q.id}`}
              value={option}
              checked={multi ? ticked.includes(option) : value === option}
              onChange={(e) => (multi ? toggle(option, e.currentTarget.checked) : onChange(option))}
            />
            <span>{option}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
