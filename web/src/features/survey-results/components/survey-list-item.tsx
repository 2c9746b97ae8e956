import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { useNumbers } from '../utils/numbers';
import { SurveyStatusBadge } from './survey-status';
import styles from './survey-results.module.css';

/** The day a survey started, in the zone the server counts its days in when no space gives one. */
const ZONE = 'Europe/Berlin';

/** One survey: where, how far along, and the way to its results. */
export function SurveyListItem({ survey: s }: { survey: Survey }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n = useNumbers();
  const from = f.dateOf(s.createdAt, ZONE);
  return (
    <li className={`card ${styles.item}`}>
      <h2 lang={s.language}>
        <Link to={`/reports/surveys/${encodeURIComponent(s.id)}`}>{s.title}</Link>
      </h2>
      <dl className="facts">
        <dt>{t('surveyResults.town')}</dt>
        <dd>{s.town}</dd>
        <dt>{t('surveyResults.space')}</dt>
        <dd>{s.spaceName ?? t('surveyResults.noSpace')}</dd>
        <dt>{t('surveyResults.statusLabel')}</dt>
        <dd>
          <SurveyStatusBadge status={s.status} />
        </dd>
        <dt>{t('surveyResults.period')}</dt>
        <dd>
          {s.closesOn
            ? t('surveyResults.periodRange', { from, to: f.date(s.closesOn) })
            : t('surveyResults.periodSince', { from })}
        </dd>
        <dt>{t('surveyResults.responses')}</dt>
        <dd>{n.int(s.responses)}</dd>
      </dl>
    </li>
  );
}
