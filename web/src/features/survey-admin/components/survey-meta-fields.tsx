import { useTranslation } from 'react-i18next';
import { SURVEY_INTRO_MAX, SURVEY_LANGUAGES, SURVEY_TITLE_MAX, type Space } from '@popdesk/shared';
import { RadioGroup, TextAreaField, TextField } from '../../../components/ui/field';
import type { SurveyBuilder } from '../hooks/use-survey-builder';
import { useErrorText } from '../hooks/use-error-text';
import { PlaceFields } from './place-fields';
import styles from './survey-admin.module.css';

export interface SurveyPlaces {
  /** the spaces the person may make surveys for */
  spaces: Space[];
  /** admins type any town; staff choose one of their spaces' towns */
  isAdmin: boolean;
}

/** Title, where (space and town, fixed once created), the questions' language, intro and end date. */
export function SurveyMetaFields({ builder, places }: { builder: SurveyBuilder; places: SurveyPlaces }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const { draft, dispatch, ids, errors, mode, edited, loadingTemplate } = builder;
  const at = (path: string) => text(errors[path]);
  const reloads = !!draft.template && !edited;
  return (
    <>
      <TextField
        id={ids.field('title')}
        label={t('surveyAdmin.builder.title')}
        hint={t('surveyAdmin.builder.titleHint')}
        value={draft.title}
        maxLength={SURVEY_TITLE_MAX}
        onChange={(e) => dispatch({ type: 'field', field: 'title', value: e.target.value })}
        error={at('/title')}
        required
        autoComplete="off"
      />
      {mode === 'create' ? (
        <>
          <PlaceFields builder={builder} places={places} />
          <RadioGroup
            legend={t('surveyAdmin.builder.language')}
            name={ids.field('language')}
            value={draft.language}
            options={SURVEY_LANGUAGES.map((l) => ({ value: l, label: t(`surveyAdmin.language.${l}`) }))}
            onChange={(l) => void builder.changeLanguage(l)}
            className={styles.inline}
            aria-describedby={ids.field('language-hint')}
            aria-busy={loadingTemplate || undefined}
          />
          <p id={ids.field('language-hint')} className={`hint ${styles.afterGroup}`}>
            {t('surveyAdmin.builder.languageHint')}{' '}
            {reloads
              ? t('surveyAdmin.builder.languageReloads')
              : draft.template && t('surveyAdmin.builder.languageKeeps')}
          </p>
        </>
      ) : (
        <dl className="facts">
          <dt>{t('surveyAdmin.builder.town')}</dt>
          <dd>{draft.town}</dd>
          <dt>{t('surveyAdmin.builder.space')}</dt>
          <dd>{builder.survey?.spaceName ?? t('surveyAdmin.list.noSpace')}</dd>
          <dt>{t('surveyAdmin.builder.language')}</dt>
          <dd>{t(`surveyAdmin.language.${draft.language}`)}</dd>
        </dl>
      )}
      <TextAreaField
        id={ids.field('intro')}
        label={t('surveyAdmin.builder.intro')}
        hint={t('surveyAdmin.builder.introHint')}
        rows={4}
        maxLength={SURVEY_INTRO_MAX}
        value={draft.intro}
        onChange={(e) => dispatch({ type: 'field', field: 'intro', value: e.target.value })}
        error={at('/intro')}
      />
      <TextField
        id={ids.field('closesOn')}
        type="date"
        label={t('surveyAdmin.builder.closesOn')}
        hint={t('surveyAdmin.builder.closesOnHint')}
        value={draft.closesOn}
        onChange={(e) => dispatch({ type: 'field', field: 'closesOn', value: e.target.value })}
        error={at('/closesOn')}
        fieldClassName={styles.narrow}
      />
    </>
  );
}
