import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField, TextField } from '../../../components/ui/field';
import { useProblemMessage } from '../../../lib/problem-message';
import { useSpaceSettingsForm, type SpaceSettingsOptions } from '../hooks/use-space-settings-form';
import { SpaceRulesFields } from './space-rules-fields';
import styles from './space-admin.module.css';

/** Name, place, the pop-up's life dates and the booking rules; used to create and to edit a space. */
export function SpaceSettingsForm(props: SpaceSettingsOptions) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const { values, set, message, errorKeys, nothingChanged, mutation, summary, submit } = useSpaceSettingsForm(props);
  const creating = props.mode === 'create';
  const text = (
    key: 'name' | 'town' | 'address' | 'description' | 'timezone',
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      label={t(`spaceAdmin.settings.${key}`)}
      name={key}
      value={values[key]}
      onChange={(e) => set(key, e.target.value)}
      error={message(key)}
      {...extra}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="settings-heading" className={`card ${styles.section}`}>
      <h2 id="settings-heading">
        {creating ? t('spaceAdmin.settings.createHeading') : t('spaceAdmin.settings.heading')}
      </h2>
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
      <TextAreaField
        id="space-description"
        label={t('spaceAdmin.settings.description')}
        rows={3}
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
      />
      <SpaceRulesFields values={values} set={set} message={message} />

      <Button type="submit" busy={mutation.isPending}>
        {creating ? t('spaceAdmin.settings.create') : t('spaceAdmin.settings.save')}
      </Button>
    </form>
  );
}
