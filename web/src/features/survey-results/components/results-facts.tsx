import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { useNumbers } from '../utils/numbers';
import { SurveyStatusBadge } from './survey-status';
import styles from './survey-results.module.css';

/** Where the survey ran, how many answered, and whether it still takes answers. */
export function ResultsFacts({ survey: s }: { survey: Survey }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n = useNumbers();
  return (
    <dl className={`facts ${styles.facts}`}>
      <dt>{t('surveyResults.town')}</dt>
      <dd>{s.town}</dd>
      {s.spaceName && (
        <>
          <dt>{t('surveyResults.space')}</dt>
          <dd>{s.spaceName}</dd>
        </>
      )}
      <dt>{t('surveyResults.responses')}</dt>
      <dd>{n.int(s.responses)}</dd>
      <dt>{t('surveyResults.statusLabel')}</dt>
      <dd>
        <SurveyStatusBadge status={s.status} />
      </dd>
      <dt>{t('surveyResults.closesOn')}</dt>
      <dd>{s.closesOn ? f.date(s.closesOn) : t('surveyResults.noEnd')}</dd>
    </dl>
  );
}
