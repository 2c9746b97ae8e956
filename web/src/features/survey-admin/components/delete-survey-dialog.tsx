import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/dialog';
import type { useSurveyActions } from '../hooks/use-survey-actions';
import { useSurveyProblem } from '../hooks/use-survey-problem';

/** "Delete this survey and its answers for good?" */
export function DeleteSurveyDialog({ actions }: { actions: ReturnType<typeof useSurveyActions> }) {
  const { t } = useTranslation();
  const problem = useSurveyProblem();
  const { deleting, remove } = actions;
  return (
    <ConfirmDialog
      open={deleting !== null}
      title={t('surveyAdmin.list.deleteTitle', { title: deleting?.title ?? '' })}
      confirmLabel={t('surveyAdmin.list.deleteConfirm')}
      confirmVariant="danger"
      busy={remove.isPending}
      onCancel={actions.cancelDelete}
      onConfirm={actions.confirmDelete}
    >
      <p>{t('surveyAdmin.list.deleteText', { count: deleting?.responses ?? 0 })}</p>
      {remove.error != null && (
        <Alert tone="error">
          <p>{problem(remove.error)}</p>
        </Alert>
      )}
    </ConfirmDialog>
  );
}
