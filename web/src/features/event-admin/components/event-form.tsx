import { useTranslation } from 'react-i18next';
import { EVENT_CAPACITY_MAX, EVENT_KINDS, EVENT_TITLE_MAX, type SpaceDetail } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { useEventForm, type EventFormOptions } from '../hooks/use-event-form';
import { useEventProblem } from '../hooks/use-event-problem';
import type { EventField } from '../utils/event-form';
import { placeConflicts } from '../utils/conflicts';
import { ConflictList } from './conflict-list';
import { EventPlacesField } from './event-places-field';
import { EventWhenFields } from './event-when-fields';
import styles from './event-admin.module.css';

type Props = Omit<EventFormOptions, 'spaceId' | 'timezone'> & { space: SpaceDetail };

/** Title, kind, when, how many places and which desks or rooms it takes, public or not: create or edit. */
export function EventForm({ space, ...options }: Props) {
  const { t } = useTranslation();
  const problem = useEventProblem();
  const { mode, values, set, errors, errorKeys, nothingChanged, save, serverField, summary, submit } = useEventForm({
    ...options,
    spaceId: space.id,
    timezone: space.timezone,
  });
  const message = (field: EventField) =>
    errors[field] ? t(`eventAdmin.form.errors.${errors[field]}`) : serverField === field ? problem(save.error) : null;
  const conflicts = placeConflicts(save.error);
  const label = (field: EventField) => t(`eventAdmin.form.${field}`);

  return (
    <form onSubmit={submit} noValidate aria-labelledby="event-form-heading" className={`card ${styles.form}`}>
      <h2 id="event-form-heading">
        {mode === 'create' ? t('eventAdmin.form.createHeading') : t('eventAdmin.form.editHeading')}
      </h2>
      {errorKeys.length > 0 && (
        <div ref={summary} tabIndex={-1}>
          <Alert tone="error" title={t('eventAdmin.form.fixErrors')}>
            <ul>
              {errorKeys.map((k) => (
                <li key={k}>
                  {label(k)}: {message(k)}
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      {conflicts && <ConflictList conflicts={conflicts} space={space} />}
      {save.error != null && !conflicts && !serverField && (
        <Alert tone="error" title={t('eventAdmin.form.saveFailed')}>
          <p>{problem(save.error)}</p>
        </Alert>
      )}
      {nothingChanged && (
        <Alert tone="info">
          <p>{t('eventAdmin.form.nothingChanged')}</p>
        </Alert>
      )}

      <TextField
        label={label('title')}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        error={message('title')}
        maxLength={EVENT_TITLE_MAX}
        required
        autoComplete="off"
      />
      <TextAreaField
        label={label('description')}
        hint={t('eventAdmin.form.descriptionHint')}
        rows={4}
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
        error={message('description')}
      />
      <SelectField
        label={label('kind')}
        value={values.kind}
        onChange={(e) => set('kind', e.target.value as typeof values.kind)}
      >
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`eventAdmin.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <EventWhenFields space={space} values={values} set={set} message={message} />
      <EventPlacesField space={space} values={values} set={set} error={message('places')} />
      <TextField
        type="number"
        inputMode="numeric"
        min={1}
        max={EVENT_CAPACITY_MAX}
        label={label('capacity')}
        hint={
          options.event
            ? t('eventAdmin.form.capacityHintEdit', { count: options.event.registered })
            : t('eventAdmin.form.capacityHint')
        }
        value={values.capacity}
        onChange={(e) => set('capacity', e.target.value)}
        error={message('capacity')}
        required
        fieldClassName={styles.narrowField}
      />
      <CheckboxField
        checked={values.public}
        onChange={(e) => set('public', e.target.checked)}
        label={
          <span>
            {t('eventAdmin.form.public')}
            <span className="hint"> – {t('eventAdmin.form.publicHint')}</span>
          </span>
        }
      />
      <Button type="submit" busy={save.isPending}>
        {mode === 'create' ? t('eventAdmin.form.create') : t('eventAdmin.form.save')}
      </Button>
    </form>
  );
}
