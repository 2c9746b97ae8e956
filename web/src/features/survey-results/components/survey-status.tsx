import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '@popdesk/shared';

/** Open or closed, in words (the colour only repeats them). */
export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${status === 'open' ? 'badge-success' : 'badge-neutral'}`}>
      {t(status === 'open' ? 'surveyResults.status.open' : 'surveyResults.status.closed')}
    </span>
  );
}
