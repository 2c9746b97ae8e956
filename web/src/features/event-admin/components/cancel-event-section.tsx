import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_DESCRIPTION_MAX, type Event } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { TextAreaField } from '../../../components/ui/field';
import { useAnnounce } from '../../../components/ui/live-region';
import { useCancelEvent } from '../api/cancel-event';
import { useEventProblem } from '../hooks/use-event-problem';
import styles from './event-admin.module.css';

/** Cancelling: a confirmation with an optional message that the registrants' e-mail quotes. */
export function CancelEventSection({ event, onCancelled }: { event: Event; onCancelled?: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useEventProblem();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const cancel = useCancelEvent({
    onSuccess: () => {
      setOpen(false);
      announce(t('eventAdmin.cancel.done'));
      onCancelled?.();
    },
  });
  const people = event.registered + event.waitlisted;
  return (
    <section aria-labelledby="cancel-event-heading" className={`card ${styles.section}`}>
      <h2 id="cancel-event-heading">{t('eventAdmin.cancel.heading')}</h2>
      <p className="muted">{t('eventAdmin.cancel.intro')}</p>
      {cancel.error != null && !open && (
        <Alert tone="error" title={t('eventAdmin.cancel.failed')}>
          <p>{problem(cancel.error)}</p>
        </Alert>
      )}
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('eventAdmin.cancel.open')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('eventAdmin.cancel.title', { title: event.title })}
        confirmLabel={t('eventAdmin.cancel.confirm')}
        confirmVariant="danger"
        busy={cancel.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => cancel.mutate({ eventId: event.id, message })}
      >
        <p>{t('eventAdmin.cancel.text', { count: people })}</p>
        {cancel.error != null && (
          <Alert tone="error">
            <p>{problem(cancel.error)}</p>
          </Alert>
        )}
        <TextAreaField
          label={t('eventAdmin.cancel.message')}
          hint={t('eventAdmin.cancel.messageHint')}
          rows={3}
          maxLength={EVENT_DESCRIPTION_MAX}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </ConfirmDialog>
    </section>
  );
}
