import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/ui/choice-field';
import styles from './space-bookings.module.css';

/** "Show e-mail addresses": the list asks the API for them only while this is on. */
export function EmailToggle({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.emailToggle}>
      <CheckboxField label={t('staffNames.showEmail')} checked={checked} onChange={(e) => onChange(e.target.checked)} />
    </div>
  );
}
