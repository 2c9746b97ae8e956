import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { IconCheck } from '../../../components/ui/icons';
import {
  DESK_FEATURES,
  DeskFeatureIcon,
  sortDeskFeatures,
  useDeskFeatureLabel,
  type DeskFeature,
} from '../../../lib/desk-features';

interface Props {
  selected: readonly DeskFeature[];
  onChange: (features: DeskFeature[]) => void;
  /** How many desks match, once the filtered day is loaded (said politely to screen readers). */
  matching: number | null;
}

/**
 * Toggle buttons for desk features: pressed ones narrow the day to the desks that have all of them.
 * Each button names its feature in words (the icon only repeats it) and says whether it is pressed;
 * a pressed one shows a tick instead of its icon, so the state does not rest on colour.
 */
export function FeatureFilter({ selected, onChange, matching }: Props) {
  const { t } = useTranslation();
  const label = useDeskFeatureLabel();
  const hintId = useId();
  const toggle = (f: DeskFeature) =>
    onChange(sortDeskFeatures(selected.includes(f) ? selected.filter((s) => s !== f) : [...selected, f]));
  return (
    <fieldset className="day-feature-filter" aria-describedby={hintId}>
      <legend>{t('deskFeatures.filterLegend')}</legend>
      <p id={hintId} className="muted">
        {t('deskFeatures.filterHint')}
      </p>
      <div className="feature-filter">
        {DESK_FEATURES.map((f) => (
          <button
            key={f}
            type="button"
            className="btn btn-secondary btn-small feature-toggle"
            aria-pressed={selected.includes(f)}
            onClick={() => toggle(f)}
          >
            {/* pressed shows a tick as well as the colour */}
            {selected.includes(f) ? <IconCheck size={16} /> : <DeskFeatureIcon feature={f} />}
            {label(f)}
          </button>
        ))}
        {selected.length > 0 && (
          <Button variant="ghost" size="small" onClick={() => onChange([])}>
            {t('deskFeatures.clearFilter')}
          </Button>
        )}
      </div>
      <p role="status" className="muted">
        {selected.length > 0 && matching !== null ? t('deskFeatures.matching', { count: matching }) : ''}
      </p>
    </fieldset>
  );
}
