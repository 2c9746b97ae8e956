import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { isApiError } from '../../../lib/api-client';
import { useSaveEvent } from '../api/save-event';
import {
  changedEventFields,
  emptyEventValues,
  eventBody,
  eventValues,
  problemField,
  validateEvent,
  type EventField,
  type EventFormErrors,
  type EventFormValues,
} from '../utils/event-form';

export interface EventFormOptions {
  spaceId: string;
  timezone: string;
  /** the event to edit; none: a new one */
  event?: Event;
  /** the date a new event starts on (today in the space's zone, or the one in the URL) */
  date?: string;
  onSaved: (event: Event, mode: 'create' | 'edit') => void;
}

/**
 * The event form's values, the problems found before sending and the one the server answered (at
 * its field when it belongs to one), and sending: the whole event when creating, what changed when
 * editing (and saying so when nothing did).
 */
export function useEventForm({ spaceId, timezone, event, date = '', onSaved }: EventFormOptions) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const mode = event ? 'edit' : 'create';
  const [values, setValues] = useState<EventFormValues>(() =>
    event ? eventValues(event, timezone) : emptyEventValues(date),
  );
  const [errors, setErrors] = useState<EventFormErrors>({});
  const [nothingChanged, setNothingChanged] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const save = useSaveEvent({
    onSuccess: (saved) => {
      announce(mode === 'create' ? t('eventAdmin.form.created') : t('eventAdmin.form.saved'));
      onSaved(saved, mode);
    },
  });

  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setNothingChanged(false);
    if (save.error) save.reset();
  };

  const serverSlug = isApiError(save.error) ? save.error.slug : '';
  /** The field the server's answer is about, if any (shown there rather than above the form). */
  const serverField: EventField | null = serverSlug ? problemField(serverSlug) : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateEvent(values, event?.registered ?? 0);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    if (!event) return save.mutate({ mode: 'create', spaceId, body: eventBody(values, timezone) });
    const body = changedEventFields(values, event, timezone);
    if (Object.keys(body).length === 0) return setNothingChanged(true);
    save.mutate({ mode: 'edit', eventId: event.id, body });
  }

  return {
    mode,
    values,
    set,
    errors,
    errorKeys: Object.keys(errors) as EventField[],
    nothingChanged,
    save,
    serverField,
    summary,
    submit,
  };
}
export type EventForm = ReturnType<typeof useEventForm>;
