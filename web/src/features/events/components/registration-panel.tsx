import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Event } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button, buttonClass } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { loginPath } from '../../../lib/auth/require-auth';
import { useEventRegistration } from '../hooks/use-event-registration';
import type { RegistrationView } from '../utils/event-state';
import styles from './events.module.css';

/** "Registration": register or join the waitlist, my state and cancelling it, or why it is closed. */
export function RegistrationPanel({ event }: { event: Event }) {
  const { t } = useTranslation();
  const reg = useEventRegistration(event);
  const { view } = reg;
  const waiting = view.kind === 'waitlisted';
  return (
    <section aria-labelledby="registration-heading" className={`card ${styles.panel}`}>
      <h2 id="registration-heading">{t('events.register.heading')}</h2>
      <RegistrationState view={view} />
      {reg.errorMessage && (
        <Alert tone="error" title={t('events.register.failed')}>
          <p>{reg.errorMessage}</p>
        </Alert>
      )}
      <div className={styles.actions}>
        {view.kind === 'canRegister' && (
          <Button onClick={reg.register} busy={reg.registering}>
            {view.full ? t('events.register.joinWaitlist') : t('events.register.register')}
          </Button>
        )}
        {view.kind === 'signedOut' && (
          <>
            <Link to={loginPath(`/events/${event.id}`)} className={buttonClass('primary')}>
              {t('events.register.login')}
            </Link>
            <Link
              to={`/register?next=${encodeURIComponent(`/events/${event.id}`)}`}
              className={buttonClass('secondary')}
            >
              {t('events.register.createAccount')}
            </Link>
          </>
        )}
        {(view.kind === 'registered' || waiting) && (
          <Button variant="ghost" onClick={reg.askCancel} busy={reg.cancelling}>
            {waiting ? t('events.register.leaveWaitlist') : t('events.register.cancel')}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={reg.confirming}
        title={t('events.register.cancelTitle')}
        confirmLabel={t('events.register.cancelConfirm')}
        confirmVariant="danger"
        busy={reg.cancelling}
        onCancel={reg.closeCancel}
        onConfirm={reg.cancel}
      >
        <p>{waiting ? t('events.register.cancelTextWaiting') : t('events.register.cancelText')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** The state in words; it changes in place after registering, and the change is announced as well. */
function RegistrationState({ view }: { view: RegistrationView }) {
  const { t } = useTranslation();
  switch (view.kind) {
    case 'registered':
      return (
        <Alert tone="success" title={t('events.register.registered')} live={false}>
          <p>{t('events.register.registeredText')}</p>
        </Alert>
      );
    case 'waitlisted':
      return (
        <Alert tone="info" title={t('events.register.waitlisted', { position: view.mine.position ?? 1 })} live={false}>
          <p>{t('events.register.waitlistedText')}</p>
        </Alert>
      );
    case 'attended':
      return <Alert tone="success" title={t('events.register.attended')} live={false} />;
    case 'cancelled':
      return <p>{t('events.register.eventCancelled')}</p>;
    case 'over':
      return <p>{t('events.register.over')}</p>;
    case 'closed':
      return (
        <>
          {view.mine && (
            <Alert
              tone="success"
              title={t(`events.register.${view.mine.status === 'waitlisted' ? 'stillWaiting' : 'registered'}`)}
              live={false}
            />
          )}
          <p>{t('events.register.closed')}</p>
        </>
      );
    case 'signedOut':
      return <p>{view.full ? t('events.register.signedOutFull') : t('events.register.signedOut')}</p>;
    case 'canRegister':
      return <p>{view.full ? t('events.register.fullText') : t('events.register.openText')}</p>;
  }
}
