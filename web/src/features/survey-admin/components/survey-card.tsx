import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { Button, buttonClass } from '../../../components/ui/button';
import { useFormat } from '../../../lib/use-format';
import { SurveyStatus } from './survey-status';
import styles from './survey-admin.module.css';

interface Props {
  survey: Survey;
  busy: boolean;
  onCopy: (survey: Survey) => void;
  onStatus: (survey: Survey) => void;
  onDelete: (survey: Survey) => void;
}

/** One survey in the list: what it is, how far it got, and what staff do with it. */
export function SurveyCard({ survey, busy, onCopy, onStatus, onDelete }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = encodeURIComponent(survey.id);
  const hidden = (text: string) => <span className="visually-hidden">: {text}</span>;
  return (
    <li className={`card ${styles.surveyCard}`}>
      <h3 className={styles.surveyTitle}>
        <Link to={`/manage/surveys/${id}`}>{survey.title}</Link>
      </h3>
      <p className={styles.cardMeta}>
        <SurveyStatus survey={survey} />
        <span>{survey.spaceName ?? t('surveyAdmin.list.noSpace')}</span>
        <span className={styles.responses}>{t('surveyAdmin.responses', { count: survey.responses })}</span>
      </p>
      <p className="muted">{t('surveyAdmin.list.created', { date: f.dateOf(survey.createdAt, 'Europe/Berlin') })}</p>
      <div
        className={styles.cardActions}
        role="group"
        aria-label={t('surveyAdmin.list.actionsFor', { title: survey.title })}
      >
        <Link className={buttonClass('secondary', 'small')} to={`/reports/surveys/${id}`}>
          {t('surveyAdmin.list.results')}
          {hidden(survey.title)}
        </Link>
        <Link className={buttonClass('secondary', 'small')} to={`/manage/surveys/${id}`}>
          {t('surveyAdmin.list.edit')}
          {hidden(survey.title)}
        </Link>
        <Link className={buttonClass('secondary', 'small')} to={`/manage/surveys/${id}/poster`}>
          {t('surveyAdmin.list.poster')}
          {hidden(survey.title)}
        </Link>
        <Button variant="ghost" size="small" onClick={() => onCopy(survey)}>
          {t('surveyAdmin.list.copyLink')}
          {hidden(survey.title)}
        </Button>
        <Button variant="ghost" size="small" busy={busy} onClick={() => onStatus(survey)}>
          {survey.status === 'open' ? t('surveyAdmin.list.close') : t('surveyAdmin.list.reopen')}
          {hidden(survey.title)}
        </Button>
        <Button variant="danger" size="small" onClick={() => onDelete(survey)}>
          {t('surveyAdmin.list.delete')}
          {hidden(survey.title)}
        </Button>
      </div>
    </li>
  );
}
