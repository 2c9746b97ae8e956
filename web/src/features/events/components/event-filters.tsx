import { useTranslation } from 'react-i18next';
import { EVENT_KINDS } from '@popdesk/shared';
import { SelectField } from '../../../components/ui/field';
import type { EventFilterState } from '../hooks/use-event-filters';
import styles from './events.module.css';

/** Town, space and kind, each "all" by default. */
export function EventFilters({ filters }: { filters: EventFilterState }) {
  const { t } = useTranslation();
  return (
    <div role="search" aria-label={t('events.filterLabel')} className={styles.toolbar}>
      <SelectField label={t('events.town')} value={filters.town} onChange={(e) => filters.setTown(e.target.value)}>
        <option value="">{t('events.allTowns')}</option>
        {filters.towns.map((town) => (
          <option key={town} value={town}>
            {town}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('events.space')} value={filters.spaceId} onChange={(e) => filters.setSpace(e.target.value)}>
        <option value="">{t('events.allSpaces')}</option>
        {filters.spaces.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('events.kindLabel')} value={filters.kind} onChange={(e) => filters.setKind(e.target.value)}>
        <option value="">{t('events.allKinds')}</option>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`events.kind.${k}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
