import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/field';
import styles from './account.module.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  hint?: string;
  error?: string | null;
};

/** A password input with a "show" toggle, so that one field is enough to type a new password safely. */
export function PasswordField(props: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <TextField
      {...props}
      type={shown ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="off"
      after={
        <button
          type="button"
          className={`btn btn-ghost btn-small ${styles.showPassword}`}
          aria-pressed={shown}
          onClick={() => setShown((s) => !s)}
        >
          {t('passwordReset.showPassword')}
        </button>
      }
    />
  );
}
