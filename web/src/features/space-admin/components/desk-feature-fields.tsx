import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/ui/field';
import { DESK_FEATURES, DeskFeatureIcon, useDeskFeatureLabel, type DeskFeature } from '../../../lib/desk-features';

interface Props {
  features: readonly DeskFeature[];
  onToggle: (feature: DeskFeature, on: boolean) => void;
}

/** A desk's features as checkboxes under one legend (rooms have none, so they do not show this). */
export function DeskFeatureFields({ features, onToggle }: Props) {
  const { t } = useTranslation();
  const label = useDeskFeatureLabel();
  const hintId = useId();
  return (
    <fieldset aria-describedby={hintId}>
      <legend>{t('deskFeatures.legend')}</legend>
      <p id={hintId} className="muted">
        {t('deskFeatures.formHint')}
      </p>
      <div className="feature-checkboxes">
        {DESK_FEATURES.map((f) => (
          <CheckboxField
            key={f}
            name={`feature-${f}`}
            checked={features.includes(f)}
            onChange={(e) => onToggle(f, e.target.checked)}
            label={
              <span className="feature-check-label">
                <DeskFeatureIcon feature={f} />
                {label(f)}
              </span>
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
