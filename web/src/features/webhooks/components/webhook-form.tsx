import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_EVENTS, type WebhookCreated, type WebhookEvent } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCreateWebhook } from '../api/create-webhook';
import { DESCRIPTION_MAX, URL_MAX, serverFieldErrors, validateWebhook, webhookBody, type WebhookDraft, type WebhookField } from '../utils/webhook-form';
import { EVENT_KEY } from './events';
import styles from './webhooks.module.css';

const EMPTY: WebhookDraft = { url: '', events: [...WEBHOOK_EVENTS], description: '' };
const FIELDS: WebhookField[] = ['url', 'events', 'description'];

/** Register a webhook: its address, the events it wants, a note for whoever reads the list later. */
export function WebhookForm({ onCreated }: { onCreated: (webhook: WebhookCreated) => void }) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const ids = useId();
  const summary = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<WebhookDraft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<WebhookField, string>>>({});
  const create = useCreateWebhook({
    onSuccess: (webhook) => {
      setDraft(EMPTY);
      onCreated(webhook);
    },
  });

  const showErrors = (found: Partial<Record<WebhookField, string>>) => {
    setErrors(found);
    setTimeout(() => summary.current?.focus(), 0);
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const codes = validateWebhook(draft);
    const found = Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, t(`webhooks.errors.${field as WebhookField}.${code}` as never, { max: field === 'url' ? URL_MAX : DESCRIPTION_MAX })]));
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    create.mutate(webhookBody(draft), {
      onError: (err) => {
        const fields = serverFieldErrors(err);
        if (fields) showErrors(Object.fromEntries(Object.entries(fields).map(([field, detail]) => [field, t('webhooks.errors.rejected', { detail })])));
      },
    });
  }

  const toggle = (event: WebhookEvent, on: boolean) => setDraft((d) => ({ ...d, events: on ? WEBHOOK_EVENTS.filter((x) => x === event || d.events.includes(x)) : d.events.filter((x) => x !== event) }));
  const listed = FIELDS.filter((f) => errors[f]);
  const otherError = create.error != null && !serverFieldErrors(create.error);

  return (
    <form onSubmit={submit} noValidate className={`card ${styles.form}`} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('webhooks.registerHeading')}</h2>
      {listed.length > 0 && (
        <div ref={summary} tabIndex={-1}>
          <Alert tone="error" title={t('webhooks.fixErrors')}>
            <ul>
              {listed.map((field) => (
                <li key={field}>
                  {t(`webhooks.fields.${field}`)}: {errors[field]}
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      {otherError && (
        <Alert tone="error" title={t('webhooks.createFailed')}>
          <p>{problem(create.error)}</p>
        </Alert>
      )}
      <TextField
        id={`${ids}-url`}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        label={t('webhooks.fields.url')}
        hint={t('webhooks.urlHint')}
        placeholder="https://"
        value={draft.url}
        error={errors.url}
        required
        onChange={(e) => setDraft((d) => ({ ...d, url: e.target.value }))}
      />
      <fieldset aria-describedby={errors.events ? `${ids}-events-error` : undefined}>
        <legend>{t('webhooks.fields.events')}</legend>
        {errors.events && (
          <p id={`${ids}-events-error`} className={styles.fieldError}>
            {errors.events}
          </p>
        )}
        <div className={styles.options}>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="check">
              <input type="checkbox" checked={draft.events.includes(event)} onChange={(e) => toggle(event, e.target.checked)} />
              <span>
                <code>{event}</code> <span className="muted">– {t(`webhooks.events.${EVENT_KEY[event]}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        id={`${ids}-description`}
        label={t('webhooks.fields.description')}
        hint={t('webhooks.descriptionHint', { max: DESCRIPTION_MAX })}
        value={draft.description}
        error={errors.description}
        onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))}
      />
      <Button type="submit" busy={create.isPending}>
        {t('webhooks.register')}
      </Button>
    </form>
  );
}
