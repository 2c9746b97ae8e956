import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_SEATS_MAX } from '@popdesk/shared';
import { SelectField, TextField } from '../../../components/ui/field';
import type { DeskFeature } from '../../../lib/desk-features';
import type { DeskProblem, DeskTextKey, DeskValues } from '../utils/desk-form';
import { DeskFeatureFields } from './desk-feature-fields';
import styles from './space-admin.module.css';

interface Props {
  values: DeskValues;
  invalid: DeskProblem | null;
  onChange: (key: DeskTextKey, value: string) => void;
  onToggleFeature: (feature: DeskFeature, on: boolean) => void;
  /** A new desk: the name is required and the dates say they may stay empty. */
  adding?: boolean;
  children?: ReactNode;
}

/**
 * A place's kind (desk, or room/table with seats), a desk's features, its name and the first and
 * last day it is in use.
 */
export function DeskFields({ values, invalid, onChange, onToggleFeature, adding = false, children }: Props) {
  const { t } = useTranslation();
  const hint = adding ? t('spaceAdmin.desks.openEnded') : undefined;
  return (
    <>
      <div className={styles.deskKind}>
        <SelectField
          label={t('spaceAdmin.rooms.kind')}
          value={values.kind}
          onChange={(e) => onChange('kind', e.target.value)}
        >
          <option value="desk">{t('spaceAdmin.rooms.kindDesk')}</option>
          <option value="room">{t('spaceAdmin.rooms.kindRoom')}</option>
        </SelectField>
        {values.kind === 'room' && (
          <TextField
            type="number"
            inputMode="numeric"
            min={1}
            max={ROOM_SEATS_MAX}
            label={t('spaceAdmin.rooms.seats')}
            hint={t('spaceAdmin.rooms.seatsHint')}
            value={values.seats}
            onChange={(e) => onChange('seats', e.target.value)}
            error={invalid === 'seats' ? t('spaceAdmin.rooms.seatsRange', { max: ROOM_SEATS_MAX }) : null}
          />
        )}
      </div>
      {values.kind === 'desk' && <DeskFeatureFields features={values.features} onToggle={onToggleFeature} />}
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
    </>
  );
}
