import { useTranslation } from 'react-i18next';
import type { Survey } from '@popdesk/shared';
import { IconCheck, IconClock } from '../../../components/ui/icons';
import { useFormat } from '../../../lib/use-format';

/** Open (until when) or closed, in words with an icon; the colour only repeats it. */
export function SurveyStatus({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const f = useFormat();
  const open = survey.status === 'open';
  return (
    <span className={`badge ${open ? 'badge-success' : 'badge-neutral'}`}>
      {open ? <IconClock size={14} /> : <IconCheck size={14} />}
      {t(`surveyAdmin.status.${survey.status}`)}
      {open && survey.closesOn && ` ${t('surveyAdmin.status.closesOn', { date: f.date(survey.closesOn) })}`}
    </span>
  );
}
