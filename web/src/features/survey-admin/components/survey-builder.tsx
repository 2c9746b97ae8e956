import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useSurveyBuilder, type SurveyBuilderOptions } from '../hooks/use-survey-builder';
import { useSurveyProblem } from '../hooks/use-survey-problem';
import { ErrorSummary } from './error-summary';
import { LockedQuestions } from './locked-questions';
import { QuestionList } from './question-list';
import { SurveyMetaFields, type SurveyPlaces } from './survey-meta-fields';
import styles from './survey-admin.module.css';

type Props = SurveyBuilderOptions & { places: SurveyPlaces };

/** The survey builder: the survey's fields and its questions; create or edit. */
export function SurveyBuilder({ places, ...options }: Props) {
  const { t } = useTranslation();
  const problem = useSurveyProblem();
  const builder = useSurveyBuilder(options);
  const { mode, errors, ids, save, generalError, nothingChanged, locked, survey } = builder;
  const headingId = `${ids.field('heading')}`;
  return (
    <form onSubmit={builder.submit} noValidate aria-labelledby={headingId} className={`card ${styles.builder}`}>
      <h2 id={headingId}>
        {mode === 'create' ? t('surveyAdmin.builder.createHeading') : t('surveyAdmin.builder.editHeading')}
      </h2>
      <ErrorSummary errors={errors} ids={ids} />
      {generalError != null && (
        <Alert tone="error" title={t('surveyAdmin.builder.saveFailed')}>
          <p>{problem(generalError)}</p>
        </Alert>
      )}
      {nothingChanged && (
        <Alert tone="info">
          <p>{t('surveyAdmin.builder.nothingChanged')}</p>
        </Alert>
      )}
      <SurveyMetaFields builder={builder} places={places} />
      {locked && survey ? <LockedQuestions survey={survey} /> : <QuestionList builder={builder} />}
      <div className={styles.submitRow}>
        <Button type="submit" busy={save.isPending}>
          {mode === 'create' ? t('surveyAdmin.builder.create') : t('surveyAdmin.builder.save')}
        </Button>
      </div>
    </form>
  );
}
