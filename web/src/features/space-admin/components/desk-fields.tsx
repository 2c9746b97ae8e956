import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/field';
import type { DeskProblem, DeskValues } from '../utils/desk-form';
import styles from './space-admin.module.css';

interface Props {
  values: DeskValues;
  invalid: DeskProblem | null;
  onChange: (key: keyof DeskValues, value: string) => void;
  /** A new desk: the name is required and the dates say they may stay empty. */
  adding?: boolean;
  children?: ReactNode;
}

/** A desk's name and the first and last day it is in use. */
export function DeskFields({ values, invalid, onChange, adding = false, children }: Props) {
  const { t } = useTranslation();
  const hint = adding ? t('spaceAdmin.desks.openEnded') : undefined;
  return (
    <div className={styles.deskFields}>
      <TextField
        label={t('spaceAdmin.desks.name')}
        value={values.name}
        onChange={(e) => onChange('name', e.target.value)}
        error={invalid === 'name' ? t('spaceAdmin.settings.errors.required') : null}
        required={adding || undefined}
        autoComplete="off"
      />
      <TextField
        type="date"
        label={t('spaceAdmin.desks.activeFrom')}
        hint={hint}
        value={values.from}
        onChange={(e) => onChange('from', e.target.value)}
      />
      <TextField
        type="date"
        label={t('spaceAdmin.desks.activeUntil')}
        hint={hint}
        value={values.until}
        onChange={(e) => onChange('until', e.target.value)}
        error={invalid === 'until' ? t('spaceAdmin.settings.errors.beforeOpens') : null}
      />
      {children}
    </div>
  );
}
