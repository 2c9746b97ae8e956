import { useTranslation } from 'react-i18next';
import type { Survey, SurveyStatus } from '@popdesk/shared';
import { SelectField } from '../../../components/ui/field';
import { NO_SPACE, type SurveyFilter } from '../utils/survey-filter';
import styles from './survey-admin.module.css';

/** Town, space and status of the listed surveys; the choices come from the surveys themselves. */
export function SurveyFilters({
  surveys,
  filter,
  onFilter,
}: {
  surveys: Survey[];
  filter: SurveyFilter;
  onFilter: (f: SurveyFilter) => void;
}) {
  const { t } = useTranslation();
  const towns = [...new Set(surveys.map((s) => s.town))].sort((a, b) => a.localeCompare(b));
  const spaces = [
    ...new Map(surveys.filter((s) => s.spaceId).map((s) => [s.spaceId!, s.spaceName ?? s.spaceId!])).entries(),
  ].sort(([, a], [, b]) => a.localeCompare(b));
  return (
    <div role="group" aria-label={t('surveyAdmin.list.filters')} className={styles.toolbar}>
      <SelectField
        label={t('surveyAdmin.list.town')}
        value={filter.town}
        onChange={(e) => onFilter({ ...filter, town: e.target.value })}
      >
        <option value="">{t('surveyAdmin.list.allTowns')}</option>
        {towns.map((town) => (
          <option key={town}>{town}</option>
        ))}
      </SelectField>
      <SelectField
        label={t('surveyAdmin.list.space')}
        value={filter.space}
        onChange={(e) => onFilter({ ...filter, space: e.target.value })}
      >
        <option value="">{t('surveyAdmin.list.allSpaces')}</option>
        <option value={NO_SPACE}>{t('surveyAdmin.list.townOnly')}</option>
        {spaces.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('surveyAdmin.list.status')}
        value={filter.status}
        onChange={(e) => onFilter({ ...filter, status: e.target.value as SurveyStatus | '' })}
      >
        <option value="">{t('surveyAdmin.list.all')}</option>
        <option value="open">{t('surveyAdmin.status.open')}</option>
        <option value="closed">{t('surveyAdmin.status.closed')}</option>
      </SelectField>
    </div>
  );
}
