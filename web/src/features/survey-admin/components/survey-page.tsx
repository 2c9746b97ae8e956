import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { CopyField } from '../../../components/ui/copy-field';
import { Page } from '../../../components/ui/page';
import { useSurveyActions } from '../hooks/use-survey-actions';
import { draftFromSurvey } from '../utils/survey-draft';
import { DeleteSurveyDialog } from './delete-survey-dialog';
import { SurveyBuilder } from './survey-builder';
import type { SurveyPlaces } from './survey-meta-fields';
import { SurveyStatusSection } from './survey-status-section';
import { SurveyStatus } from './survey-status';
import styles from './survey-admin.module.css';

interface Props {
  survey: Survey;
  places: SurveyPlaces;
  /** the survey was just created (the new-survey page sent us here) */
  created?: boolean;
}

/** One survey for staff: its link, the builder (questions locked once answered), closing, poster, results. */
export function SurveyPage({ survey, places, created = false }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saved, setSaved] = useState<string | null>(created ? t('surveyAdmin.builder.created') : null);
  const actions = useSurveyActions({ onDeleted: () => void navigate('/manage/surveys') });
  const id = encodeURIComponent(survey.id);
  return (
    <Page
      title={survey.title}
      intro={
        survey.spaceName
          ? t('surveyAdmin.page.introSpace', { space: survey.spaceName, town: survey.town })
          : t('surveyAdmin.page.intro', { town: survey.town })
      }
      actions={
        <>
          <Link to={`/reports/surveys/${id}`}>{t('surveyAdmin.page.results')}</Link>
          <Link to={`/manage/surveys/${id}/poster`}>{t('surveyAdmin.page.poster')}</Link>
          <Link to="/manage/surveys">{t('surveyAdmin.page.back')}</Link>
        </>
      }
    >
      <p className={styles.cardMeta}>
        <SurveyStatus survey={survey} />
        <span className={styles.responses}>{t('surveyAdmin.responses', { count: survey.responses })}</span>
      </p>
      {(saved ?? actions.notice) && (
        <Alert tone="success" live={false}>
          <p>{actions.notice ?? saved}</p>
        </Alert>
      )}
      <div className={styles.sections}>
        <CopyField
          label={t('surveyAdmin.page.publicLink')}
          hint={t('surveyAdmin.page.publicLinkHint')}
          value={survey.url}
        />
        <SurveyBuilder
          key={survey.id}
          survey={survey}
          initial={draftFromSurvey(survey)}
          places={places}
          onSaved={() => setSaved(t('surveyAdmin.builder.saved'))}
        />
        <SurveyStatusSection survey={survey} actions={actions} />
      </div>
      <DeleteSurveyDialog actions={actions} />
    </Page>
  );
}
