import { useTranslation } from 'react-i18next';
import { QUESTION_KINDS, SURVEY_QUESTION_TEXT_MAX, type QuestionKind } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field';
import type { SurveyBuilder } from '../hooks/use-survey-builder';
import { useErrorText } from '../hooks/use-error-text';
import { questionLevelErrors } from '../utils/survey-checks';
import { isChoice, measureFits, type QuestionDraft } from '../utils/survey-draft';
import { NumberRangeFields } from './number-range-fields';
import { OptionList } from './option-list';
import styles from './survey-admin.module.css';

const SHOWN_AT = ['/text', '/help', '/kind', '/min', '/max', '/unit', '/options'];

/** One question as a fieldset: kind, text, hint, required, what the kind needs, and moving it about. */
export function QuestionEditor({
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
  const { ids, errors, dispatch, questions, draft } = builder;
  const n = index + 1;
  const count = draft.questions.length;
  const at = (field: string) => text(errors[`/questions/${index}/${field}`]);
  const others = questionLevelErrors(errors, index, SHOWN_AT);
  const set = (field: 'text' | 'help' | 'required', value: string | boolean) =>
    dispatch({ type: 'question', index, field, value });

  return (
    <fieldset id={ids.question(index)} tabIndex={-1} className={`card ${styles.question}`}>
      <legend className={styles.questionLegend}>{t('surveyAdmin.builder.questionOf', { n, count })}</legend>
      {others.length > 0 && (
        <ul className="error">
          {others.map((e, k) => (
            <li key={k}>{text(e)}</li>
          ))}
        </ul>
      )}
      <div className={styles.questionGrid}>
        <TextField
          id={ids.question(index, 'text')}
          label={t('surveyAdmin.builder.text')}
          value={question.text}
          maxLength={SURVEY_QUESTION_TEXT_MAX}
          onChange={(e) => set('text', e.target.value)}
          error={at('text')}
          required
          autoComplete="off"
          fieldClassName={styles.wide}
        />
        <SelectField
          id={ids.question(index, 'kind')}
          label={t('surveyAdmin.builder.kind')}
          value={question.kind}
          onChange={(e) => dispatch({ type: 'kind', index, kind: e.target.value as QuestionKind })}
        >
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`surveyAdmin.kind.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        id={ids.question(index, 'help')}
        label={t('surveyAdmin.builder.help')}
        hint={t('surveyAdmin.builder.helpHint')}
        value={question.help}
        maxLength={SURVEY_QUESTION_TEXT_MAX}
        onChange={(e) => set('help', e.target.value)}
        error={at('help')}
        autoComplete="off"
      />
      <CheckboxField
        checked={question.required}
        onChange={(e) => set('required', e.target.checked)}
        label={
          <span>
            {t('surveyAdmin.builder.required')}
            <span className="hint"> – {t('surveyAdmin.builder.requiredHint')}</span>
          </span>
        }
      />
      {isChoice(question.kind) && <OptionList builder={builder} question={question} index={index} />}
      {question.kind === 'number' && <NumberRangeFields builder={builder} question={question} index={index} />}
      {question.kind === 'scale' && <p className="muted">{t('surveyAdmin.builder.scaleNote')}</p>}
      {question.kind === 'text' && <p className="muted">{t('surveyAdmin.builder.textNote')}</p>}
      {question.measure && measureFits(question) && (
        <p className={styles.measure}>{t(`surveyAdmin.measure.${question.measure}`)}</p>
      )}
      <div className={styles.questionActions}>
        <Button
          id={ids.question(index, 'up')}
          variant="secondary"
          size="small"
          disabled={index === 0}
          onClick={() => questions.move(index, -1)}
        >
          <span aria-hidden="true">↑</span>
          <span className="visually-hidden">{t('surveyAdmin.builder.up', { n })}</span>
        </Button>
        <Button
          id={ids.question(index, 'down')}
          variant="secondary"
          size="small"
          disabled={index === count - 1}
          onClick={() => questions.move(index, 1)}
        >
          <span aria-hidden="true">↓</span>
          <span className="visually-hidden">{t('surveyAdmin.builder.down', { n })}</span>
        </Button>
        <Button variant="danger" size="small" onClick={() => questions.remove(index)}>
          {t('surveyAdmin.builder.remove', { n })}
        </Button>
      </div>
    </fieldset>
  );
}
