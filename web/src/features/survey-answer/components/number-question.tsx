import { useTranslation } from 'react-i18next';
import { NOT_A_NUMBER } from '../utils/answers';
import {
  boxClass,
  describedBy,
  QuestionError,
  QuestionHint,
  QuestionTitle,
  type QuestionProps,
} from './question-parts';
import styles from './survey-answer.module.css';

/**
 * A number: the phone's number pad (inputmode), the unit next to the field and the range in words.
 * The field keeps its own text (uncontrolled), so a half-typed "12," is not wiped by a re-render.
 */
export function NumberQuestion({ question: q, value, error, chromeLang, onChange, onBlur }: QuestionProps) {
  const { t } = useTranslation();
  const { min, max, unit } = q;
  const range =
    min !== undefined && max !== undefined
      ? t('surveyAnswer.range', { min, max })
      : min !== undefined
        ? t('surveyAnswer.rangeMin', { min })
        : max !== undefined
          ? t('surveyAnswer.rangeMax', { max })
          : undefined;
  const unitId = unit ? `q-${q.id}-unit` : undefined;
  const integers = [min, max].every((n) => n === undefined || Number.isInteger(n)) && (min ?? 0) >= 0;
  return (
    <div className={boxClass(error)}>
      <label htmlFor={`q-${q.id}`}>
        <QuestionTitle question={q} chromeLang={chromeLang} />
      </label>
      <QuestionHint question={q} chromeLang={chromeLang} extra={range} />
      <QuestionError question={q} error={error} chromeLang={chromeLang} />
      <div className={styles.numberRow}>
        <input
          id={`q-${q.id}`}
          type="number"
          inputMode={integers ? 'numeric' : 'decimal'}
          step="any"
          min={min}
          max={max}
          defaultValue={typeof value === 'string' && value !== NOT_A_NUMBER ? value : undefined}
          aria-required={q.required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(q, Boolean(q.help || range), error, unitId)}
          onChange={(e) => onChange(e.currentTarget.validity.badInput ? NOT_A_NUMBER : e.currentTarget.value)}
          onBlur={onBlur}
        />
        {unit && <span id={unitId}>{unit}</span>}
      </div>
    </div>
  );
}
