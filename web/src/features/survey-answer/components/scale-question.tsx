import { useTranslation } from 'react-i18next';
import { SCALE_MAX, SCALE_MIN } from '@popdesk/shared';
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

const POINTS = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => String(SCALE_MIN + i));

/** A scale: five radio buttons 1–5 in a row, the ends named ("gar nicht" … "sehr"). */
export function ScaleQuestion({ question: q, value, error, chromeLang, onChange, onBlur }: QuestionProps) {
  const { t } = useTranslation();
  const end = (point: string) =>
    point === POINTS[0] ? t('surveyAnswer.scaleLow') : point === POINTS.at(-1) ? t('surveyAnswer.scaleHigh') : null;
  return (
    <fieldset
      className={boxClass(error)}
      aria-describedby={describedBy(q, Boolean(q.help), error)}
      onBlur={groupBlur(onBlur)}
    >
      <legend>
        <QuestionTitle question={q} chromeLang={chromeLang} />
      </legend>
      <QuestionHint question={q} chromeLang={chromeLang} />
      <QuestionError question={q} error={error} chromeLang={chromeLang} />
      <div className={styles.scale}>
        {POINTS.map((point, i) => (
          <label key={point} className={styles.option}>
            <input
              id={`q-${q.id}-${i}`}
              type="radio"
              name={`q-${q.id}`}
              value={point}
              checked={value === point}
              onChange={() => onChange(point)}
            />
            <span>{point}</span>
            {end(point) && ' '}
            {end(point) && (
              <span className={styles.scaleEnd} lang={chromeLang}>
                {end(point)}
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
