import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_EVENTS, type WebhookCreated, type WebhookEvent } from '@popdesk/shared';
import { useCreateWebhook } from '../api/create-webhook';
import { toggleEvent } from '../utils/webhook-events';
import {
  DESCRIPTION_MAX,
  URL_MAX,
  serverFieldErrors,
  validateWebhook,
  webhookBody,
  type WebhookDraft,
  type WebhookField,
} from '../utils/webhook-form';

const EMPTY: WebhookDraft = { url: '', events: [...WEBHOOK_EVENTS], description: '' };
const FIELDS: WebhookField[] = ['url', 'events', 'description'];
type FieldErrors = Partial<Record<WebhookField, string>>;

/**
 * The webhook being registered, its problems in words (found here or by the server, which alone
 * judges the address) and sending it; the summary of problems takes the focus.
 */
export function useWebhookForm(onCreated: (webhook: WebhookCreated) => void) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<WebhookDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateWebhook({
    onSuccess: (webhook) => {
      setDraft(EMPTY);
      onCreated(webhook);
    },
  });

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    setTimeout(() => summary.current?.focus(), 0);
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const codes = validateWebhook(draft);
    const found = Object.fromEntries(
      Object.entries(codes).map(([field, code]) => [
        field,
        t(`webhooks.errors.${field as WebhookField}.${code}` as never, {
          max: field === 'url' ? URL_MAX : DESCRIPTION_MAX,
        }),
      ]),
    );
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    create.mutate(webhookBody(draft), {
      onError: (err) => {
        const fields = serverFieldErrors(err);
        if (fields)
          showErrors(
            Object.fromEntries(
              Object.entries(fields).map(([field, reason]) => [field, t(`webhooks.errors.server.${reason}`)]),
            ),
          );
      },
    });
  }

  return {
    draft,
    set: (key: 'url' | 'description', value: string) => setDraft((d) => ({ ...d, [key]: value })),
    toggle: (event: WebhookEvent, on: boolean) => setDraft((d) => ({ ...d, events: toggleEvent(d.events, event, on) })),
    errors,
    /** The fields with a problem, in the form's order. */
    listed: FIELDS.filter((f) => errors[f]),
    /** A refusal that is not about one field. */
    otherError: create.error != null && !serverFieldErrors(create.error),
    create,
    summary,
    submit,
  };
}
