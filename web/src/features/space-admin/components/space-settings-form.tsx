import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BOOKING_HORIZON_MAX_DAYS,
  RELEASE_AFTER_MAX_MINUTES,
  RELEASE_AFTER_MIN_MINUTES,
  type Space,
} from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useAnnounce } from '../../../components/ui/live-region';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCreateSpace } from '../api/create-space';
import { useUpdateSpace } from '../api/update-space';
import { changedFields, createBody, formValues, validateSpaceForm, type SpaceFormErrors, type SpaceFormValues } from '../utils/space-form';
import styles from './space-admin.module.css';

type Props =
  | { mode: 'create'; space?: undefined; onSaved: (space: Space) => void }
  | { mode: 'edit'; space: Space; onSaved: (space: Space) => void };

/** Name, place, the pop-up's life dates and the booking rules; used to create and to edit a space. */
export function SpaceSettingsForm({ mode, space, onSaved }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [values, setValues] = useState<SpaceFormValues>(() => formValues(space));
  const [errors, setErrors] = useState<SpaceFormErrors>({});
  const [nothingChanged, setNothingChanged] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const done = (saved: Space) => {
    announce(mode === 'create' ? t('spaceAdmin.settings.created', { name: saved.name }) : t('spaceAdmin.settings.saved'));
    onSaved(saved);
  };
  const create = useCreateSpace({ onSuccess: done });
  const update = useUpdateSpace(space?.id ?? '', { onSuccess: done });
  const mutation = mode === 'create' ? create : update;

  const set = <K extends keyof SpaceFormValues>(key: K, value: SpaceFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setNothingChanged(false);
    mutation.reset();
  };
  const message = (key: keyof SpaceFormValues) => {
    const e = errors[key];
    if (!e) return null;
    if (e === 'range') return key === 'bookingHorizonDays' ? t('spaceAdmin.settings.horizonRange') : t('spaceAdmin.settings.releaseRange');
    return t(`spaceAdmin.settings.errors.${e}`);
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateSpaceForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    if (mode === 'create') return create.mutate(createBody(values));
    const body = changedFields(values, space);
    if (Object.keys(body).length === 0) return setNothingChanged(true);
    update.mutate(body);
  }

  const errorKeys = Object.keys(errors) as (keyof SpaceFormValues)[];
  const text = (key: 'name' | 'town' | 'address' | 'description' | 'timezone', extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField label={t(`spaceAdmin.settings.${key}`)} name={key} value={values[key]} onChange={(e) => set(key, e.target.value)} error={message(key)} {...extra} />
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="settings-heading" className={`card ${styles.section}`}>
      <h2 id="settings-heading">{mode === 'create' ? t('spaceAdmin.settings.createHeading') : t('spaceAdmin.settings.heading')}</h2>
      {errorKeys.length > 0 && (
        <div ref={summary} tabIndex={-1}>
          <Alert tone="error" title={t('spaceAdmin.fixErrors')}>
            <ul>
              {errorKeys.map((k) => (
                <li key={k}>
                  {t(`spaceAdmin.settings.${k}`)}: {message(k)}
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      {mutation.error != null && (
        <Alert tone="error" title={t('spaceAdmin.settings.saveFailed')}>
          <p>{problem(mutation.error)}</p>
        </Alert>
      )}
      {nothingChanged && (
        <Alert tone="info">
          <p>{t('spaceAdmin.settings.nothingChanged')}</p>
        </Alert>
      )}

      <div className={styles.grid2}>
        {text('name', { required: true, autoComplete: 'off' })}
        {text('town', { required: true, autoComplete: 'address-level2' })}
        {text('address', { autoComplete: 'street-address' })}
        {text('timezone', { required: true, hint: t('spaceAdmin.settings.timezoneHint'), spellCheck: false })}
      </div>
      <div className="field">
        <label htmlFor="space-description">{t('spaceAdmin.settings.description')}</label>
        <textarea id="space-description" rows={3} value={values.description} onChange={(e) => set('description', e.target.value)} />
      </div>

      <fieldset>
        <legend>{t('spaceAdmin.settings.life')}</legend>
        <p className={`hint ${styles.legendHint}`}>{t('spaceAdmin.settings.lifeHint')}</p>
        <div className={styles.grid2}>
          <TextField type="date" label={t('spaceAdmin.settings.opensOn')} value={values.opensOn} onChange={(e) => set('opensOn', e.target.value)} error={message('opensOn')} />
          <TextField type="date" label={t('spaceAdmin.settings.closesOn')} value={values.closesOn} onChange={(e) => set('closesOn', e.target.value)} error={message('closesOn')} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('spaceAdmin.settings.rules')}</legend>
        <div className={styles.grid2}>
          <TextField
            type="number"
            inputMode="numeric"
            min={0}
            max={BOOKING_HORIZON_MAX_DAYS}
            label={t('spaceAdmin.settings.bookingHorizonDays')}
            hint={t('spaceAdmin.settings.horizonHint')}
            value={values.bookingHorizonDays}
            onChange={(e) => set('bookingHorizonDays', e.target.value)}
            error={message('bookingHorizonDays')}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={RELEASE_AFTER_MIN_MINUTES}
            max={RELEASE_AFTER_MAX_MINUTES}
            label={t('spaceAdmin.settings.releaseAfterMinutes')}
            hint={t('spaceAdmin.settings.releaseHint')}
            value={values.releaseAfterMinutes}
            onChange={(e) => set('releaseAfterMinutes', e.target.value)}
            error={message('releaseAfterMinutes')}
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={values.checkInRequired} onChange={(e) => set('checkInRequired', e.target.checked)} />
          <span>
            {t('spaceAdmin.settings.checkInRequired')}
            <span className="hint"> – {t('spaceAdmin.settings.checkInHint')}</span>
          </span>
        </label>
      </fieldset>

      <Button type="submit" busy={mutation.isPending}>
        {mode === 'create' ? t('spaceAdmin.settings.create') : t('spaceAdmin.settings.save')}
      </Button>
    </form>
  );
}
