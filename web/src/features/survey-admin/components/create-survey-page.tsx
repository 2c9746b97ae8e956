import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey, SurveyLanguage, SurveyTemplate } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { useLanguage } from '../../../lib/i18n';
import { draftFromTemplate, emptyDraft, type SurveyDraft } from '../utils/survey-draft';
import { SurveyBuilder } from './survey-builder';
import type { SurveyPlaces } from './survey-meta-fields';
import { TemplatePicker } from './template-picker';

interface Props {
  places: SurveyPlaces;
  /** the space to start with (from the URL), if the person runs it */
  spaceId?: string;
  onCreated: (survey: Survey) => void;
}

/** A new survey: first a template or none, then the builder. */
export function CreateSurveyPage({ places, spaceId = '', onCreated }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [language, setLanguage] = useState<SurveyLanguage>(uiLanguage);
  const [start, setStart] = useState<{ draft: SurveyDraft; template?: SurveyTemplate; n: number } | null>(null);
  const space = places.spaces.find((s) => s.id === spaceId);
  const place = { town: space?.town ?? '', spaceId: space?.id ?? '', closesOn: '' };

  useEffect(() => {
    // the step changed: start at the builder's heading
    if (start) document.getElementById('survey-builder-start')?.focus();
  }, [start]);

  return (
    <Page title={t('surveyAdmin.templates.title')} intro={start ? undefined : t('surveyAdmin.templates.intro')}>
      {!start ? (
        <TemplatePicker
          language={language}
          onLanguage={setLanguage}
          onTemplate={(template) => setStart({ draft: draftFromTemplate(template, place), template, n: Date.now() })}
          onScratch={() => setStart({ draft: emptyDraft(language, place.town, place.spaceId), n: Date.now() })}
        />
      ) : (
        <>
          <div className="cluster">
            <p id="survey-builder-start" tabIndex={-1}>
              {start.template
                ? t('surveyAdmin.builder.fromTemplate', { title: start.template.title })
                : t('surveyAdmin.templates.scratchHeading')}
            </p>
            <Button variant="ghost" size="small" onClick={() => setStart(null)}>
              {t('surveyAdmin.templates.back')}
            </Button>
          </div>
          <SurveyBuilder key={start.n} initial={start.draft} places={places} onSaved={(s) => onCreated(s)} />
        </>
      )}
    </Page>
  );
}
