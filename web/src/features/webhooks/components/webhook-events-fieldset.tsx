import { useTranslation } from 'react-i18next';
import { WEBHOOK_EVENTS, type WebhookEvent } from '@popdesk/shared';
import { EVENT_KEY } from './events';
import styles from './webhooks.module.css';

interface Props {
  events: WebhookEvent[];
  error?: string;
  errorId: string;
  onToggle: (event: WebhookEvent, on: boolean) => void;
}

/** The events a webhook is sent, each with what it means. */
export function WebhookEventsFieldset({ events, error, errorId, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{t('webhooks.fields.events')}</legend>
      {error && (
        <p id={errorId} className={styles.fieldError}>
          {error}
        </p>
      )}
      <div className={styles.options}>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="check">
            <input
              type="checkbox"
              checked={events.includes(event)}
              onChange={(e) => onToggle(event, e.target.checked)}
            />
            <span>
              <code>{event}</code> <span className="muted">– {t(`webhooks.events.${EVENT_KEY[event]}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
