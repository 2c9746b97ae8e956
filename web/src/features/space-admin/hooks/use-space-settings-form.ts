import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Space } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { useCreateSpace } from '../api/create-space';
import { useUpdateSpace } from '../api/update-space';
import {
  changedFields,
  createBody,
  formValues,
  validateSpaceForm,
  type SpaceFormErrors,
  type SpaceFormValues,
} from '../utils/space-form';

export type SpaceSettingsOptions =
  | { mode: 'create'; space?: undefined; onSaved: (space: Space) => void }
  | { mode: 'edit'; space: Space; onSaved: (space: Space) => void };

/**
 * The settings form's values and errors, and sending them: the whole space when creating, only
 * what changed when editing (and saying so when nothing did).
 */
export function useSpaceSettingsForm({ mode, space, onSaved }: SpaceSettingsOptions) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [values, setValues] = useState<SpaceFormValues>(() => formValues(space));
  const [errors, setErrors] = useState<SpaceFormErrors>({});
  const [nothingChanged, setNothingChanged] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const done = (saved: Space) => {
    announce(
      mode === 'create' ? t('spaceAdmin.settings.created', { name: saved.name }) : t('spaceAdmin.settings.saved'),
    );
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
    if (e === 'range') {
      if (key === 'minBookingMinutes') return t('spaceAdmin.fairUse.minRange');
      if (key === 'maxFutureBookingsPerPerson') return t('spaceAdmin.fairUse.maxRange');
      return key === 'bookingHorizonDays'
        ? t('spaceAdmin.settings.horizonRange')
        : t('spaceAdmin.settings.releaseRange');
    }
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

  return {
    values,
    set,
    message,
    errorKeys: Object.keys(errors) as (keyof SpaceFormValues)[],
    nothingChanged,
    mutation,
    summary,
    submit,
  };
}
