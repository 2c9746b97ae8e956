import { useTranslation } from 'react-i18next';
import { SURVEY_OPTION_MAX, SURVEY_OPTIONS_MAX } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import type { SurveyBuilder } from '../hooks/use-survey-builder';
import { useErrorText } from '../hooks/use-error-text';
import type { QuestionDraft } from '../utils/survey-draft';
import styles from './survey-admin.module.css';

/** The answer options of a choice question: type, add, remove, move up and down. */
export function OptionList({
  builder,
  question,
  index,
}: {
  builder: SurveyBuilder;
  question: QuestionDraft;
  index: number;
}) {
  const { t } = useTranslation();
  const text = useErrorText();
  const { ids, errors, dispatch, questions } = builder;
  const n = index + 1;
  const groupError = text(errors[`/questions/${index}/options`]);
  const groupErrorId = ids.question(index, 'options-error');
  const count = question.options.length;
  return (
    <fieldset className={styles.options} aria-describedby={groupError ? groupErrorId : undefined}>
      <legend>{t('surveyAdmin.builder.options')}</legend>
      {groupError && (
        <p id={groupErrorId} className="error">
          {groupError}
        </p>
      )}
      <ol className={styles.optionList}>
        {question.options.map((o, j) => {
          const id = ids.option(index, j);
          const error = text(errors[`/questions/${index}/options/${j}`]);
          const names = { option: j + 1, n };
          return (
            <li key={o.key} className={styles.optionRow}>
              <div className="field">
                <label htmlFor={id}>{t('surveyAdmin.builder.option', { n: j + 1 })}</label>
                <input
                  id={id}
                  type="text"
                  value={o.text}
                  maxLength={SURVEY_OPTION_MAX}
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : groupError ? groupErrorId : undefined}
                  onChange={(e) => dispatch({ type: 'option', index, option: j, value: e.target.value })}
                />
                {error && (
                  <span id={`${id}-error`} className="error">
                    {error}
                  </span>
                )}
              </div>
              <div className={styles.rowButtons}>
                <Button
                  id={ids.question(index, `o${j}-up`)}
                  variant="ghost"
                  size="small"
                  disabled={j === 0}
                  aria-label={t('surveyAdmin.builder.optionUp', names)}
                  onClick={() => questions.moveOption(index, j, -1)}
                >
                  ↑
                </Button>
                <Button
                  id={ids.question(index, `o${j}-down`)}
                  variant="ghost"
                  size="small"
                  disabled={j === count - 1}
                  aria-label={t('surveyAdmin.builder.optionDown', names)}
                  onClick={() => questions.moveOption(index, j, 1)}
                >
                  ↓
                </Button>
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('surveyAdmin.builder.optionRemove', names)}
                  onClick={() => questions.removeOption(index, j)}
                >
                  ✕
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        id={ids.question(index, 'addOption')}
        variant="secondary"
        size="small"
        disabled={count >= SURVEY_OPTIONS_MAX}
        aria-label={t('surveyAdmin.builder.addOptionTo', { n })}
        onClick={() => questions.addOption(index)}
      >
        + {t('surveyAdmin.builder.addOption')}
      </Button>
    </fieldset>
  );
}
