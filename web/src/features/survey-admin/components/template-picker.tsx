import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_LANGUAGES, type SurveyLanguage, type SurveyTemplate } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { ErrorState, SkeletonCards } from '../../../components/ui/states';
import { useSurveyTemplates } from '../api/get-survey-templates';
import styles from './survey-admin.module.css';

interface Props {
  language: SurveyLanguage;
  onLanguage: (language: SurveyLanguage) => void;
  onTemplate: (template: SurveyTemplate) => void;
  onScratch: () => void;
}

/** The first step of a new survey: a template (title, intro, how many questions) or none. */
export function TemplatePicker({ language, onLanguage, onTemplate, onScratch }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const templates = useSurveyTemplates(language);
  return (
    <section aria-labelledby={`${ids}-h`}>
      <div className={styles.pickerHead}>
        <h2 id={`${ids}-h`}>{t('surveyAdmin.templates.heading')}</h2>
        <SelectField
          label={t('surveyAdmin.templates.language')}
          value={language}
          onChange={(e) => onLanguage(e.target.value as SurveyLanguage)}
        >
          {SURVEY_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`surveyAdmin.language.${l}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {templates.isPending ? (
        <SkeletonCards count={3} label={t('surveyAdmin.templates.loading')} />
      ) : templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <ul className={styles.cards}>
          {templates.data.map((tpl) => (
            <li key={tpl.id} className={`card ${styles.templateCard}`}>
              <h3 lang={tpl.language}>{tpl.title}</h3>
              <p className="muted">{t('surveyAdmin.templates.questions', { count: tpl.questions.length })}</p>
              <p lang={tpl.language} className={styles.templateIntro}>
                {tpl.intro}
              </p>
              <Button variant="primary" onClick={() => onTemplate(tpl)}>
                {t('surveyAdmin.templates.use')}
                <span className="visually-hidden">: {tpl.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={`card ${styles.scratch}`}>
        <h3>{t('surveyAdmin.templates.scratchHeading')}</h3>
        <p className="muted">{t('surveyAdmin.templates.scratchText')}</p>
        <Button variant="secondary" onClick={onScratch}>
          {t('surveyAdmin.templates.scratch')}
        </Button>
      </div>
    </section>
  );
}
