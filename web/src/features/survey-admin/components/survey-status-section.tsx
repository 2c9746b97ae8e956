import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import type { useSurveyActions } from '../hooks/use-survey-actions';
import { useSurveyProblem } from '../hooks/use-survey-problem';
import styles from './survey-admin.module.css';

/** Whether the survey takes answers, closing or reopening it, and deleting it. */
export function SurveyStatusSection({
  survey,
  actions,
}: {
  survey: Survey;
  actions: ReturnType<typeof useSurveyActions>;
}) {
  const { t } = useTranslation();
  const problem = useSurveyProblem();
  const open = survey.status === 'open';
  return (
    <section aria-labelledby="survey-status-h" className={`card ${styles.section}`}>
      <h2 id="survey-status-h">{t('surveyAdmin.page.statusHeading')}</h2>
      <p>{open ? t('surveyAdmin.page.openText') : t('surveyAdmin.page.closedText')}</p>
      {actions.statusError != null && (
        <Alert tone="error" title={t('surveyAdmin.list.actionFailed')}>
          <p>{problem(actions.statusError)}</p>
        </Alert>
      )}
      <div className="cluster">
        <Button
          variant="secondary"
          busy={actions.statusBusy === survey.id}
          onClick={() => actions.toggleStatus(survey)}
        >
          {open ? t('surveyAdmin.page.close') : t('surveyAdmin.page.reopen')}
        </Button>
        <Button variant="danger" onClick={() => actions.askDelete(survey)}>
          {t('surveyAdmin.list.delete')}
        </Button>
      </div>
    </section>
  );
}
