import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SURVEY_LANGUAGES, type Survey, type SurveyLanguage } from '@popdesk/shared';
import { Button, buttonClass } from '../../../components/ui/button';
import { CopyField } from '../../../components/ui/copy-field';
import { RadioGroup } from '../../../components/ui/field';
import { IconDownload } from '../../../components/ui/icons';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { usePoster, type PosterSize } from '../api/get-poster';
import { useObjectUrl } from '../hooks/use-object-url';
import styles from './survey-admin.module.css';

const SIZES: PosterSize[] = ['a4', 'a3'];
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The survey's poster to print: A4 or A3, German or English, shown large from the server's SVG (fetched
 * with the token); printing gives the poster alone on a page of its size.
 */
export function PosterPage({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const [size, setSize] = useState<PosterSize>('a4');
  const [locale, setLocale] = useState<SurveyLanguage>(survey.language);
  const poster = usePoster(survey.id, size, locale);
  const url = useObjectUrl(poster.data);
  const sizeName = size.toUpperCase();
  return (
    <Page
      title={t('surveyAdmin.poster.title', { title: survey.title })}
      intro={t('surveyAdmin.poster.intro')}
      actions={<Link to={`/manage/surveys/${encodeURIComponent(survey.id)}`}>{t('surveyAdmin.poster.back')}</Link>}
    >
      {/* only the poster on the printed page, on paper of its size */}
      <style>{`@media print { @page { size: ${sizeName} portrait; margin: 0; } #main { padding: 0 !important; margin: 0 !important; max-width: none !important; } .page-header { display: none !important; } }`}</style>
      <div className={`no-print ${styles.posterControls}`}>
        <RadioGroup
          legend={t('surveyAdmin.poster.size')}
          name="poster-size"
          value={size}
          options={SIZES.map((s) => ({ value: s, label: s.toUpperCase() }))}
          onChange={setSize}
          className={styles.inline}
        />
        <RadioGroup
          legend={t('surveyAdmin.poster.language')}
          name="poster-language"
          value={locale}
          options={SURVEY_LANGUAGES.map((l) => ({ value: l, label: t(`surveyAdmin.language.${l}`) }))}
          onChange={setLocale}
          className={styles.inline}
        />
        <div className="cluster">
          <Button onClick={() => window.print()} disabled={!url}>
            {t('surveyAdmin.poster.print')}
          </Button>
          {url && (
            <a
              className={buttonClass('secondary')}
              href={url}
              download={`plakat-${slug(survey.town)}-${size}-${locale}.svg`}
            >
              <IconDownload />
              {t('surveyAdmin.poster.download')}
            </a>
          )}
        </div>
        <p className="hint">{t('surveyAdmin.poster.printHint')}</p>
      </div>
      {poster.isPending ? (
        <Skeleton lines={1} height="30rem" label={t('surveyAdmin.poster.loading')} />
      ) : poster.isError ? (
        <ErrorState error={poster.error} onRetry={() => void poster.refetch()} />
      ) : (
        url && (
          <figure className={styles.poster} data-size={size}>
            <img src={url} alt={t('surveyAdmin.poster.image', { title: survey.title, size: sizeName })} />
          </figure>
        )
      )}
      <div className="no-print">
        <CopyField
          label={t('surveyAdmin.page.publicLink')}
          hint={t('surveyAdmin.page.publicLinkHint')}
          value={survey.url}
        />
      </div>
    </Page>
  );
}
