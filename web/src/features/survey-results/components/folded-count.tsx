import { useTranslation } from 'react-i18next';

/** "< 3" for the eye, "fewer than 3" for the ear. */
export function FoldedCount() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">{t('surveyResults.foldedCount')}</span>
      <span className="visually-hidden">{t('surveyResults.foldedCountSpoken')}</span>
    </>
  );
}
