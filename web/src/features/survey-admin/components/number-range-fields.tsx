import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/field';
import type { SurveyBuilder } from '../hooks/use-survey-builder';
import { useErrorText } from '../hooks/use-error-text';
import type { QuestionDraft } from '../utils/survey-draft';
import styles from './survey-admin.module.css';

/** A number question's smallest and largest value and its unit. */
export function NumberRangeFields({
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
  const { ids, errors, dispatch } = builder;
  const set = (field: 'min' | 'max' | 'unit', value: string) => dispatch({ type: 'question', index, field, value });
  const at = (field: string) => text(errors[`/questions/${index}/${field}`]);
  return (
    <fieldset className={styles.range}>
      <legend>{t('surveyAdmin.builder.range')}</legend>
      <div className={styles.rangeGrid}>
        {(['min', 'max'] as const).map((f) => (
          <TextField
            key={f}
            id={ids.question(index, f)}
            label={t(`surveyAdmin.builder.${f}`)}
            inputMode="decimal"
            value={question[f]}
            onChange={(e) => set(f, e.target.value)}
            error={at(f)}
            autoComplete="off"
          />
        ))}
        <TextField
          id={ids.question(index, 'unit')}
          label={t('surveyAdmin.builder.unit')}
          hint={t('surveyAdmin.builder.unitHint')}
          value={question.unit}
          maxLength={20}
          onChange={(e) => set('unit', e.target.value)}
          error={at('unit')}
          autoComplete="off"
        />
      </div>
    </fieldset>
  );
}
