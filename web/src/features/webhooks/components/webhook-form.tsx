import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookCreated } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useProblemMessage } from '../../../lib/problem-message';
import { useWebhookForm } from '../hooks/use-webhook-form';
import { DESCRIPTION_MAX } from '../utils/webhook-form';
import { WebhookEventsFieldset } from './webhook-events-fieldset';
import styles from './webhooks.module.css';

/** Register a webhook: its address, the events it wants, a note for whoever reads the list later. */
export function WebhookForm({ onCreated }: { onCreated: (webhook: WebhookCreated) => void }) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const ids = useId();
  const { draft, set, toggle, errors, listed, otherError, create, summary, submit } = useWebhookForm(onCreated);

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
        onChange={(e) => set('url', e.target.value)}
      />
      <WebhookEventsFieldset
        events={draft.events}
        error={errors.events}
        errorId={`${ids}-events-error`}
        onToggle={toggle}
      />
      <TextField
        id={`${ids}-description`}
        label={t('webhooks.fields.description')}
        hint={t('webhooks.descriptionHint', { max: DESCRIPTION_MAX })}
        value={draft.description}
        error={errors.description}
        onChange={(e) => set('description', e.target.value)}
      />
      <Button type="submit" busy={create.isPending}>
        {t('webhooks.register')}
      </Button>
    </form>
  );
}
